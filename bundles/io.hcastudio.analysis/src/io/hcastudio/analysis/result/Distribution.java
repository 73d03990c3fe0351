package io.hcastudio.analysis.result;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Values of one quantity of a run in buckets: bucket i holds {@code counts[i]} values below {@code upperNs[i]} and at
 * or above the bound before it. Power-of-two buckets, like the engine's latency buckets, so tens of thousands of
 * connections still make a few dozen buckets.
 *
 * @param quantity what was measured, e.g. {@code MAD latency} or {@code cmtime connect step}
 * @param upperNs  bucket upper bounds (exclusive) in ns, ascending
 * @param counts   values per bucket
 */
public record Distribution(String quantity, long[] upperNs, long[] counts) {

    /** The quantity of the MAD end-to-end latency. */
    public static final String MAD_LATENCY = "MAD latency";

    public Distribution {
        if (counts.length != upperNs.length) {
            throw new IllegalArgumentException(quantity + ": " + upperNs.length + " bucket bounds but "
                    + counts.length + " counts");
        }
        upperNs = upperNs.clone();
        counts = counts.clone();
    }

    /**
     * The distributions of a run: MAD latency, then the step time of each cmtime step over every connection that
     * completed it (steps no connection completed are left out).
     */
    public static List<Distribution> of(LatencyHistogram latency, List<ConnectionSteps> sessions) {
        List<Distribution> distributions = new ArrayList<>();
        distributions.add(new Distribution(MAD_LATENCY,
                latency.upperNs().stream().mapToLong(Long::longValue).toArray(),
                latency.counts().stream().mapToLong(Long::longValue).toArray()));
        for (CmtimeStep step : CmtimeStep.values()) {
            long[] stepTimes = stepTimes(sessions, step);
            if (stepTimes.length > 0) {
                distributions.add(powerOfTwo("cmtime " + step.label() + " step", stepTimes));
            }
        }
        return distributions;
    }

    /** Buckets [2^k, 2^(k+1)) ns from the smallest to the largest value. */
    static Distribution powerOfTwo(String quantity, long[] values) {
        long max = LongStream.of(values).max().orElse(0);
        long min = LongStream.of(values).min().orElse(0);
        int first = 64 - Long.numberOfLeadingZeros(Math.max(1, min));
        int last = 64 - Long.numberOfLeadingZeros(Math.max(1, max));
        long[] upper = new long[last - first + 1];
        long[] counts = new long[upper.length];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = 1L << (first + i);
        }
        for (long value : values) {
            int bucket = 64 - Long.numberOfLeadingZeros(Math.max(1, value)) - first;
            counts[Math.min(upper.length - 1, Math.max(0, bucket))]++;
        }
        return new Distribution(quantity, upper, counts);
    }

    /** Step times in ns of every connection of every session that completed {@code step}. */
    private static long[] stepTimes(List<ConnectionSteps> sessions, CmtimeStep step) {
        LongStream.Builder times = LongStream.builder();
        for (ConnectionSteps steps : sessions) {
            for (int connection = 0; connection < steps.size(); connection++) {
                long stepNs = steps.stepNs(connection, step);
                if (stepNs != ConnectionSteps.NOT_REACHED) {
                    times.add(stepNs);
                }
            }
        }
        return times.build().toArray();
    }

    @Override
    public long[] upperNs() {
        return upperNs.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Values over all buckets. */
    public long total() {
        return LongStream.of(counts).sum();
    }

    /** Per bucket the share of values at or below its upper bound, 0 when there are no values. */
    public double[] cumulativeShares() {
        long total = total();
        double[] shares = new double[counts.length];
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            shares[i] = total == 0 ? 0 : (double) seen / total;
        }
        return shares;
    }
}
