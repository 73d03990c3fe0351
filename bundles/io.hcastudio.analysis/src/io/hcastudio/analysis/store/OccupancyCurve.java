package io.hcastudio.analysis.store;

import java.util.List;

import io.hcastudio.sim.metrics.Bucket;

/**
 * Chart-ready occupancy of one ring or CQ over simulated time: min, max and last value per bucket, buckets
 * contiguous from time 0. The engine bounds the bucket count (about 2,000), so a chart never gets more points
 * than that per series.
 *
 * @param name     series name, e.g. {@code client/p1/wire/GSI/tx}
 * @param bucketNs width of every bucket in ns
 * @param max      largest value over the whole run
 * @param buckets  bucket i covers [i × bucketNs, (i + 1) × bucketNs)
 */
public record OccupancyCurve(String name, long bucketNs, long max, List<Bucket> buckets) {

    public OccupancyCurve {
        buckets = List.copyOf(buckets);
    }
}
