package io.hcastudio.sim.metrics;

import java.util.ArrayList;
import java.util.List;

/** Accumulates latencies into power-of-two buckets: bucket i holds [2^(i−1), 2^i) ns, bucket 0 holds 0. */
public final class LatencyRecorder {

    private final long[] counts = new long[64];
    private long count;
    private long min = Long.MAX_VALUE;
    private long max;
    private double sum;

    public void record(long latencyNs) {
        int bucket = 64 - Long.numberOfLeadingZeros(latencyNs);
        counts[Math.min(bucket, 63)]++;
        count++;
        min = Math.min(min, latencyNs);
        max = Math.max(max, latencyNs);
        sum += latencyNs;
    }

    public LatencyHistogram toHistogram() {
        List<Long> upper = new ArrayList<>();
        List<Long> perBucket = new ArrayList<>();
        if (count > 0) {
            int last = 64 - Long.numberOfLeadingZeros(max);
            for (int i = 0; i <= Math.min(last, 62); i++) {
                upper.add(1L << i);
                perBucket.add(counts[i]);
            }
        }
        return new LatencyHistogram(count, count == 0 ? 0 : min, max, count == 0 ? 0 : sum / count, upper,
                perBucket);
    }
}
