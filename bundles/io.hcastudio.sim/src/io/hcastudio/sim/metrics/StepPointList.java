package io.hcastudio.sim.metrics;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Immutable list of step points stored as primitive (time, value) pairs; a {@link StepPoint} is created only when an
 * element is read. A run keeps up to tens of thousands of change points for each of a hundred or more series, and
 * most results are only summarised, so materialising every point as an object would dominate the cost of building a
 * result. Equality, hash code and string form are those of any other {@code List} with the same elements; like
 * {@link java.util.List#copyOf} lists it rejects modification and null queries.
 */
final class StepPointList extends AbstractList<StepPoint> implements RandomAccess {

    /** pairs[2i] = time of point i, pairs[2i + 1] = its value; owned by this list and never written again. */
    private final long[] pairs;

    StepPointList(long[] pairs) {
        this.pairs = pairs;
    }

    @Override
    public StepPoint get(int index) {
        Objects.checkIndex(index, size());
        return new StepPoint(pairs[2 * index], pairs[2 * index + 1]);
    }

    @Override
    public int size() {
        return pairs.length >>> 1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        return super.indexOf(Objects.requireNonNull(o));
    }

    @Override
    public int lastIndexOf(Object o) {
        return super.lastIndexOf(Objects.requireNonNull(o));
    }
}
