package io.hcastudio.charts;

import java.util.Objects;

/**
 * One line of a chart: x values (simulated time in microseconds) and y values (occupied slots).
 * A capacity series is drawn as a dashed limit line rather than as data.
 */
public record ChartSeries(String name, double[] xs, double[] ys, boolean capacityLine) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("Series '" + name + "' has " + xs.length + " x values but "
                    + ys.length + " y values");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    public int size() {
        return xs.length;
    }
}
