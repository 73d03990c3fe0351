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
