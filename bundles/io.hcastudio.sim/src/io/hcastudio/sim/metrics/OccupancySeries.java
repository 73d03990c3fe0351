package io.hcastudio.sim.metrics;

import java.util.List;

/**
 * Occupancy over time of one ring or CQ: the exact step series (bounded) and a chart-ready aggregation.
 *
 * @param name            e.g. {@code client/p1/wire/GSI/tx}
 * @param steps           change points, in time order, at most the configured maximum
 * @param stepsNotKept    change points beyond the maximum (the aggregation still covers them)
 * @param bucketNs        width of each bucket in ns
 * @param buckets         min/max/last per bucket, only buckets in which the series was defined
 * @param max             largest value over the whole run
 */
public record OccupancySeries(String name, List<StepPoint> steps, long stepsNotKept, long bucketNs,
        List<Bucket> buckets, long max) {

    public OccupancySeries {
        // Step point and bucket lists are already immutable snapshots; copying them would materialise every element.
        steps = steps instanceof StepPointList ? steps : List.copyOf(steps);
        buckets = buckets instanceof BucketList ? buckets : List.copyOf(buckets);
    }
}
