package io.hcastudio.sim.config;

/**
 * How occupancy time series are recorded.
 *
 * @param maxStepPoints  exact (time, value) change points kept per series; later changes are counted but not kept
 * @param bucketNs       initial width of the min/max/last aggregation buckets in ns
 * @param maxBuckets     bucket count bound; when exceeded, neighbouring buckets merge and the width doubles
 * @param recordsSeries  false: the run records no occupancy series at all (its result has none); every other figure
 *                       is the same as with series
 */
public record MetricsSettings(int maxStepPoints, long bucketNs, int maxBuckets, boolean recordsSeries) {

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

    /** Settings of a run that records its series. */
    public MetricsSettings(int maxStepPoints, long bucketNs, int maxBuckets) {
        this(maxStepPoints, bucketNs, maxBuckets, true);
    }

    public static MetricsSettings defaults() {
        return new MetricsSettings(20_000, 100_000, 2048);
    }

    /**
     * For runs read as summaries only (robustness maps): no series recorded. Even with no change points kept and two
     * buckets, updating the buckets of the commit test bed's hundred-odd series took a tenth of a map run's CPU;
     * maxima and counters are kept apart from the series and do not depend on these settings.
     */
    public static MetricsSettings summaryOnly() {
        return new MetricsSettings(0, 100_000, 2, false);
    }
}
