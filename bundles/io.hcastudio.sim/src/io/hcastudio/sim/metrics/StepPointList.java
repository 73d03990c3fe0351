package io.hcastudio.sim.metrics;

import java.util.Objects;

/**
 * Immutable list of step points stored as primitive (time, value) pairs; a {@link StepPoint} is created only when an
 * element is read. A run keeps up to tens of thousands of change points for each of a hundred or more series, and
 * most results are only summarised, so materialising every point as an object would dominate the cost of building a
 * result.
 */
final class StepPointList extends PackedList<StepPoint> {

    /**
     * pairs[2(from + i)] = time of point i, pairs[2(from + i) + 1] = its value; never written again. The series of
     * one run share one array (see {@link OccupancyRecorder#seriesOf}).
     */
    private final long[] pairs;
    private final int from;
    private final int size;

    StepPointList(long[] pairs, int from, int size) {
        this.pairs = pairs;
        this.from = from;
        this.size = size;
    }

    @Override
    public StepPoint get(int index) {
        Objects.checkIndex(index, size);
        int at = 2 * (from + index);
        return new StepPoint(pairs[at], pairs[at + 1]);
    }

    @Override
    public int size() {
        return size;
    }
}
