package io.hcastudio.sim.metrics;

import java.util.Objects;

/**
 * Immutable list of step points stored as primitive (time, value) pairs; a {@link StepPoint} is created only when an
 * element is read. A run keeps up to tens of thousands of change points for each of a hundred or more series, and
 * most results are only summarised, so materialising every point as an object would dominate the cost of building a
 * result.
 */
final class StepPointList extends PackedList<StepPoint> {

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
}
