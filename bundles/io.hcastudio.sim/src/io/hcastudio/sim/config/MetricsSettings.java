package io.hcastudio.sim.config;

/**
 * How occupancy time series are recorded.
 *
 * @param maxStepPoints  exact (time, value) change points kept per series; later changes are counted but not kept
 * @param bucketNs       initial width of the min/max/last aggregation buckets in ns
 * @param maxBuckets     bucket count bound; when exceeded, neighbouring buckets merge and the width doubles
 */
public record MetricsSettings(int maxStepPoints, long bucketNs, int maxBuckets) {

    public MetricsSettings {
        if (maxStepPoints < 0) {
            throw new IllegalArgumentException("maxStepPoints must not be negative, was " + maxStepPoints);
        }
        if (bucketNs < 1) {
            throw new IllegalArgumentException("bucketNs must be positive, was " + bucketNs);
        }
        if (maxBuckets < 2) {
            throw new IllegalArgumentException("maxBuckets must be >= 2, was " + maxBuckets);
        }
    }

    public static MetricsSettings defaults() {
        return new MetricsSettings(20_000, 100_000, 2048);
    }

    /**
     * For runs read as summaries only (robustness maps): no change points and the fewest buckets, so recording costs
     * next to nothing; maxima and counters do not depend on these settings.
     */
    public static MetricsSettings summaryOnly() {
        return new MetricsSettings(0, 100_000, 2);
    }
}
