package io.hcastudio.charts;

import java.util.Arrays;

/**
 * Reduces a series to at most two points (minimum and maximum) per pixel column, so a chart never
 * receives far more points than it can draw while spikes, such as a ring briefly filling up,
 * stay visible. Points keep their original order.
 */
public final class SeriesReducer {

    private SeriesReducer() {
    }

    public static ChartSeries reduce(ChartSeries series, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, was " + columns);
        }
        double[] xs = series.xs();
        double[] ys = series.ys();
        if (xs.length <= 2 * columns) {
            return series;
        }
        double first = xs[0];
        double span = xs[xs.length - 1] - first;
        double[] outX = new double[2 * columns];
        double[] outY = new double[outX.length];
        int written = 0;
        int start = 0;
        while (start < xs.length) {
            int column = columnOf(xs[start], first, span, columns);
            int end = start;
            int minIndex = start;
            int maxIndex = start;
            while (end < xs.length && columnOf(xs[end], first, span, columns) == column) {
                if (ys[end] < ys[minIndex]) {
                    minIndex = end;
                }
                if (ys[end] > ys[maxIndex]) {
                    maxIndex = end;
                }
                end++;
            }
            int lower = Math.min(minIndex, maxIndex);
            int upper = Math.max(minIndex, maxIndex);
            outX[written] = xs[lower];
            outY[written++] = ys[lower];
            if (upper != lower) {
                outX[written] = xs[upper];
                outY[written++] = ys[upper];
            }
            start = end;
        }
        return new ChartSeries(series.name(), Arrays.copyOf(outX, written), Arrays.copyOf(outY, written),
                series.capacityLine());
    }

    private static int columnOf(double x, double first, double span, int columns) {
        return span <= 0 ? 0 : (int) Math.min(columns - 1, (x - first) / span * columns);
    }
}
