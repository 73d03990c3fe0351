package io.hcastudio.analysis.result;

import java.util.List;

/**
 * End-to-end latency of the MADs a run delivered, in power-of-two buckets.
 *
 * @param count   delivered MADs
 * @param minNs   smallest latency in ns
 * @param maxNs   largest latency in ns
 * @param meanNs  mean latency in ns
 * @param upperNs bucket upper bounds (exclusive), ascending
 * @param counts  MADs per bucket, same length as {@code upperNs}
 */
public record LatencyHistogram(long count, long minNs, long maxNs, double meanNs, List<Long> upperNs,
        List<Long> counts) {

    public LatencyHistogram {
        upperNs = List.copyOf(upperNs);
        counts = List.copyOf(counts);
    }
}
