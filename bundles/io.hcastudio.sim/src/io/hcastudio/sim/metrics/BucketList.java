package io.hcastudio.sim.metrics;

import java.util.Objects;

/**
 * Immutable list of aggregation buckets stored as primitive (min, max, last) triples; a {@link Bucket} is created only
 * when an element is read. Every ring and CQ of a run carries up to a few thousand buckets, most never looked at, so
 * objects per bucket made up much of the garbage a run left behind.
 */
final class BucketList extends PackedList<Bucket> {

    private final long widthNs;
    /**
     * values[3(from + i)], values[3(from + i) + 1], values[3(from + i) + 2] = min, max and last of bucket i (ints);
     * never written again. The series of one run share one array (see {@link OccupancyRecorder#seriesOf}).
     */
    private final int[] values;
    private final int from;
    private final int size;

    BucketList(long widthNs, int[] values, int from, int size) {
        this.widthNs = widthNs;
        this.values = values;
        this.from = from;
        this.size = size;
    }

    @Override
    public Bucket get(int index) {
        Objects.checkIndex(index, size);
        int at = 3 * (from + index);
        return new Bucket(index * widthNs, values[at], values[at + 1], values[at + 2]);
    }

    @Override
    public int size() {
        return size;
    }
}
