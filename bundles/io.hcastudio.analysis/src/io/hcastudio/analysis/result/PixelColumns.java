package io.hcastudio.analysis.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Down-sampling for display, done in this one place: the points of a series, in x order, fall into columns of equal
 * width from {@code from} to {@code to}, and each column keeps what a picture of it needs. For a line that is its
 * first minimum and first maximum, so a spike such as a ring briefly filling up stays visible however many points
 * share its pixel; for stored buckets it is the minimum, maximum and last value of the step function. The results
 * store's occupancy detail, the result views and the reports all reduce with it.
 */
public final class PixelColumns {

    private final double from;
    private final double to;
    private final int count;
    private final double width;

    /** {@code count} columns of equal width over [from, to]. */
    public PixelColumns(double from, double to, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("columns must be at least 1, was " + count);
        }
        if (!(to >= from)) {
            throw new IllegalArgumentException("columns end at " + to + ", before their start " + from);
        }
        this.from = from;
        this.to = to;
        this.count = count;
        this.width = (to - from) / count;
    }

    /**
     * The points a line chart needs: per column the first minimum and the first maximum, in series order. Points
     * left of the columns are dropped, and so are points right of them; a point on the right edge belongs to the last
     * column, so a series that ends there keeps its end.
     */
    public List<StepPoint> keep(List<StepPoint> points) {
        int[] kept = keptIndices(points.size(), i -> points.get(i).timeNs(), i -> points.get(i).value());
        List<StepPoint> result = new ArrayList<>(kept.length);
        for (int index : kept) {
            result.add(points.get(index));
        }
        return result;
    }

    /** {@link #keep(List)} for parallel x and y arrays: the indices of the points to draw, ascending. */
    public int[] keep(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
        }
        return keptIndices(xs.length, i -> xs[i], i -> ys[i]);
    }

    /**
     * Minimum, maximum and last value per column of a step function that holds {@code initial} before its first
     * point, every column a bucket, also where the function did not change. Like the engine's buckets, a bucket
     * counts the value it started with, and the columns are half open: a point on the right edge is in none.
     * Bucket start times are whole nanoseconds, so the columns must start and be as wide as whole nanoseconds.
     */
    public List<Bucket> buckets(List<StepPoint> steps, long initial) {
        List<Bucket> buckets = new ArrayList<>(count);
        long[] carried = {initial};
        scan(steps.size(), i -> steps.get(i).timeNs(), i -> steps.get(i).value(), false,
                (column, first, end, min, max) -> {
                    fill(buckets, column, carried[0]);
                    long low = Math.min(carried[0], steps.get(min).value());
                    long high = Math.max(carried[0], steps.get(max).value());
                    carried[0] = steps.get(end - 1).value();
                    buckets.add(new Bucket(start(column), low, high, carried[0]));
                });
        fill(buckets, count, carried[0]);
        return buckets;
    }

    private void fill(List<Bucket> buckets, int untilColumn, long value) {
        for (int column = buckets.size(); column < untilColumn; column++) {
            buckets.add(new Bucket(start(column), value, value, value));
        }
    }

    private long start(int column) {
        return (long) (from + column * width);
    }

    private int[] keptIndices(int size, IntToDoubleFunction x, IntToDoubleFunction y) {
        int[] kept = new int[Math.min(size, 2 * count)];
        int[] written = {0};
        scan(size, x, y, true, (column, first, end, min, max) -> {
            kept[written[0]++] = Math.min(min, max);
            if (min != max) {
                kept[written[0]++] = Math.max(min, max);
            }
        });
        return Arrays.copyOf(kept, written[0]);
    }

    /** What the scan found in one column that holds points: indices [first, end), and of the first min and max. */
    private interface Column {
        void found(int column, int first, int end, int min, int max);
    }

    private void scan(int size, IntToDoubleFunction x, IntToDoubleFunction y, boolean closedRight, Column visitor) {
        int index = 0;
        while (index < size && x.applyAsDouble(index) < from) {
            index++;
        }
        while (index < size) {
            int column = columnOf(x.applyAsDouble(index), closedRight);
            if (column >= count) {
                return;
            }
            int first = index;
            int min = index;
            int max = index;
            while (index < size && columnOf(x.applyAsDouble(index), closedRight) == column) {
                if (y.applyAsDouble(index) < y.applyAsDouble(min)) {
                    min = index;
                }
                if (y.applyAsDouble(index) > y.applyAsDouble(max)) {
                    max = index;
                }
                index++;
            }
            visitor.found(column, first, index, min, max);
        }
    }

    /** Column of {@code x} at or right of {@code from}; {@link #count} for a point beyond the columns. */
    private int columnOf(double x, boolean closedRight) {
        if (x > to || (x == to && !closedRight)) {
            return count;
        }
        return width == 0 ? 0 : (int) Math.min(count - 1, (x - from) / width);
    }
}
