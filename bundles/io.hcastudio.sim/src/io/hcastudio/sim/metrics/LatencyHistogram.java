package io.hcastudio.sim.metrics;

import java.util.List;

/**
 * MAD end-to-end latency (post by the sending function or SA → delivery to the receiving function or SA) of delivered
 * MADs, in power-of-two buckets.
 *
 * @param count      delivered MADs
 * @param minNs      smallest latency in ns
 * @param maxNs      largest latency in ns
 * @param meanNs     mean latency in ns
 * @param upperNs    bucket upper bounds (exclusive), ascending
 * @param counts     MADs per bucket, same length as {@code upperNs}
 */
public record LatencyHistogram(long count, long minNs, long maxNs, double meanNs, List<Long> upperNs,
        List<Long> counts) {

    public LatencyHistogram {
        upperNs = List.copyOf(upperNs);
        counts = List.copyOf(counts);
    }

    /** Upper bound in ns of the bucket holding quantile {@code q} (0 < q ≤ 1), or 0 when empty. */
    public long quantileUpperBoundNs(double q) {
        long target = (long) Math.ceil(q * count);
        long seen = 0;
        for (int i = 0; i < counts.size(); i++) {
            seen += counts.get(i);
            if (seen >= target && seen > 0) {
                return upperNs.get(i);
            }
        }
        return 0;
    }
}
