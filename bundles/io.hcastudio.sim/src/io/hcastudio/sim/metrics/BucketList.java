package io.hcastudio.sim.metrics;

import java.util.Objects;

/**
 * Immutable list of aggregation buckets stored as primitive (min, max, last) triples; a {@link Bucket} is created only
 * when an element is read. Every ring and CQ of a run carries up to a few thousand buckets, most never looked at, so
 * objects per bucket made up much of the garbage a run left behind.
 */
final class BucketList extends PackedList<Bucket> {

    private final long widthNs;
    /** values[3i], values[3i + 1], values[3i + 2] = min, max and last of bucket i (ints); never written again. */
    private final int[] values;

    BucketList(long widthNs, int[] values) {
        this.widthNs = widthNs;
        this.values = values;
    }

    @Override
    public Bucket get(int index) {
        Objects.checkIndex(index, size());
        return new Bucket(index * widthNs, values[3 * index], values[3 * index + 1], values[3 * index + 2]);
    }

    @Override
    public int size() {
        return values.length / 3;
    }
}
