package io.hcastudio.analysis.chart;

import java.util.List;

/**
 * Bars over categories, one bar per series in each category, side by side or stacked.
 *
 * @param categoryAxis  title of the axis of categories
 * @param valueAxis     title of the value axis
 * @param categories    category labels, left to right
 * @param series        one value per category each, in legend order
 * @param stacked       whether the series are stacked in one bar per category rather than side by side
 * @param slantedLabels whether category labels are slanted to fit, because there are many or they are long
 */
public record BarChart(String id, String title, String categoryAxis, String valueAxis, List<String> categories,
        List<Bars> series, boolean stacked, boolean slantedLabels, boolean legend, Size size) implements ChartSpec {

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Bars bars : series) {
            if (bars.values.length != categories.size()) {
                throw new IllegalArgumentException("series '" + bars.name + "' has " + bars.values.length
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    @Override
    public BarChart withSize(Size other) {
        return new BarChart(id, title, categoryAxis, valueAxis, categories, series, stacked, slantedLabels, legend,
                other);
    }

    /** Room above the tallest bar, as a fraction of its height, so that it is not cut by the plot's edge. */
    private static final double HEADROOM = 0.08;

    /**
     * The top of the value axis, which starts at 0: a little above the tallest bar (stacked bars summed), and 1 when
     * every bar is 0, so that a run without drops shows an axis from 0, not one around 0.
     */
    public double valueAxisTop() {
        double tallest = 0;
        for (int category = 0; category < categories.size(); category++) {
            double stack = 0;
            for (Bars bars : series) {
                double value = Math.max(0, bars.values[category]);
                stack = stacked ? stack + value : Math.max(stack, value);
            }
            tallest = Math.max(tallest, stack);
        }
        return tallest <= 0 ? 1 : tallest * (1 + HEADROOM);
    }

    /** One series: a value per category. */
    public record Bars(String name, double[] values, int rgb) {

        public Bars {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
