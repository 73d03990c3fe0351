package io.hcastudio.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Writes what a chart shows (title, axis titles and current ranges, visible series, bands, legend) as SVG of a
 * fixed size. The output depends only on that content: no ids, no timestamps, fixed number formats, so identical
 * charts give byte-identical files that diff cleanly.
 */
final class SvgChartWriter {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    private static final int LEFT = 80;
    private static final int RIGHT = 230;
    private static final int TOP = 44;
    private static final int BOTTOM = 56;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int TICKS = 6;

    private final Chart chart;
    private final String title;
    private final List<ConfidenceBand> bands;
    private final StringBuilder svg = new StringBuilder();
    private final IAxis xAxis;
    private final IAxis yAxis;

    private SvgChartWriter(Chart chart, String title, List<ConfidenceBand> bands) {
        this.chart = chart;
        this.title = title;
        this.bands = bands;
        this.xAxis = chart.getAxisSet().getXAxis(0);
        this.yAxis = chart.getAxisSet().getYAxis(0);
    }

    /** The chart as SVG under its full {@code title}, which the widget may show shortened. */
    static String write(Chart chart, String title, List<ConfidenceBand> bands) {
        return new SvgChartWriter(chart, title, bands).render();
    }

    private String render() {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>\n");
        text(WIDTH / 2.0, 24, "middle", 15, title);
        axes();
        svg.append("<clipPath id=\"plot\"><rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(PLOT_WIDTH).append("\" height=\"").append(PLOT_HEIGHT).append("\"/></clipPath>\n");
        svg.append("<g clip-path=\"url(#plot)\">\n");
        for (ConfidenceBand band : bands) {
            ISeries<?> owner = chart.getSeriesSet().getSeries(band.seriesId());
            if (owner == null || owner.isVisible()) {
                band(band);
            }
        }
        bars();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisible() && series instanceof ILineSeries<?> line) {
                line(line);
            }
        }
        svg.append("</g>\n");
        legend();
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void axes() {
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(PLOT_WIDTH)
                .append("\" height=\"").append(PLOT_HEIGHT).append("\" fill=\"none\" stroke=\"#444444\"/>\n");
        if (xAxis.isCategoryEnabled()) {
            String[] categories = categories();
            for (int i = 0; i < categories.length; i++) {
                double x = categoryCentre(i, categories.length);
                text(x, TOP + PLOT_HEIGHT + 16, "middle", 10, categories[i]);
            }
        } else {
            for (double value : ticks(xAxis.getRange(), xAxis.isLogScaleEnabled())) {
                double x = xPixel(value);
                gridLine(x, TOP, x, TOP + PLOT_HEIGHT);
                text(x, TOP + PLOT_HEIGHT + 16, "middle", 10, tickLabel(xAxis, value));
            }
        }
        for (double value : ticks(yAxis.getRange(), yAxis.isLogScaleEnabled())) {
            double y = yPixel(value);
            gridLine(LEFT, y, LEFT + PLOT_WIDTH, y);
            text(LEFT - 6, y + 4, "end", 10, tickLabel(yAxis, value));
        }
        text(LEFT + PLOT_WIDTH / 2.0, HEIGHT - 14, "middle", 12, xAxis.getTitle().getText());
        svg.append("<text x=\"16\" y=\"").append(format(TOP + PLOT_HEIGHT / 2.0))
                .append("\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 16 ")
                .append(format(TOP + PLOT_HEIGHT / 2.0)).append(")\">").append(escape(yAxis.getTitle().getText()))
                .append("</text>\n");
    }

    private void band(ConfidenceBand band) {
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < band.xs().length; i++) {
            if (Double.isNaN(band.lower()[i]) || Double.isNaN(band.upper()[i])) {
                continue;
            }
            upper.append(format(xPixel(band.xs()[i]))).append(',').append(format(yPixel(band.upper()[i]))).append(' ');
            lower.insert(0, format(xPixel(band.xs()[i])) + "," + format(yPixel(band.lower()[i])) + " ");
        }
        if (upper.length() > 0) {
            svg.append("<polygon points=\"").append(upper).append(lower.toString().trim()).append("\" fill=\"")
                    .append(hex(band.colour())).append("\" fill-opacity=\"0.2\" stroke=\"none\"/>\n");
        }
    }

    private void bars() {
        List<IBarSeries<?>> barSeries = new ArrayList<>();
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisible() && series instanceof IBarSeries<?> bar) {
                barSeries.add(bar);
            }
        }
        if (barSeries.isEmpty()) {
            return;
        }
        int slots = xAxis.isCategoryEnabled() ? categories().length : barSeries.get(0).getYSeries().length;
        boolean stacked = barSeries.stream().allMatch(ISeries::isStackEnabled);
        double slotWidth = PLOT_WIDTH / (double) Math.max(1, slots);
        double barWidth = slotWidth * 0.7 / (stacked ? 1 : barSeries.size());
        double[] stackTop = new double[slots];
        for (int s = 0; s < barSeries.size(); s++) {
            IBarSeries<?> series = barSeries.get(s);
            double[] ys = series.getYSeries();
            String fill = hex(series.getBarColor().getRGB());
            for (int i = 0; i < Math.min(slots, ys.length); i++) {
                double base = stacked ? stackTop[i] : 0;
                double top = base + ys[i];
                stackTop[i] = stacked ? top : 0;
                if (ys[i] == 0) {
                    continue;
                }
                double left = LEFT + slotWidth * i + slotWidth * 0.15 + (stacked ? 0 : s * barWidth);
                double y = yPixel(top);
                double height = yPixel(base) - y;
                svg.append("<rect x=\"").append(format(left)).append("\" y=\"").append(format(y))
                        .append("\" width=\"").append(format(barWidth)).append("\" height=\"").append(format(height))
                        .append("\" fill=\"").append(fill).append("\"/>\n");
            }
        }
    }

    private void line(ILineSeries<?> series) {
        double[] xs = series.getXSeries();
        double[] ys = series.getYSeries();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < ys.length; i++) {
            double x = xAxis.isCategoryEnabled() ? categoryCentre(i, categories().length) : xPixel(xs[i]);
            double y = yPixel(ys[i]);
            if (series.isStepEnabled() && i > 0) {
                points.append(format(x)).append(',').append(format(yPixel(ys[i - 1]))).append(' ');
            }
            points.append(format(x)).append(',').append(format(y)).append(' ');
        }
        String colour = hex(series.getLineColor().getRGB());
        svg.append("<polyline points=\"").append(points.toString().trim()).append("\" fill=\"none\" stroke=\"")
                .append(colour).append("\" stroke-width=\"").append(Math.max(1, series.getLineWidth())).append('"');
        if (series.getLineStyle() == LineStyle.DASH) {
            svg.append(" stroke-dasharray=\"6,4\"");
        } else if (series.getLineStyle() == LineStyle.NONE) {
            svg.append(" stroke-opacity=\"0\"");
        }
        svg.append("/>\n");
        if (series.getSymbolType() != ILineSeries.PlotSymbolType.NONE) {
            for (int i = 0; i < ys.length; i++) {
                double x = xAxis.isCategoryEnabled() ? categoryCentre(i, categories().length) : xPixel(xs[i]);
                svg.append("<circle cx=\"").append(format(x)).append("\" cy=\"").append(format(yPixel(ys[i])))
                        .append("\" r=\"3\" fill=\"").append(colour).append("\"/>\n");
            }
        }
    }

    private void legend() {
        double y = TOP + 8;
        double x = LEFT + PLOT_WIDTH + 14;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (!series.isVisibleInLegend()) {
                continue;
            }
            RGB rgb = series instanceof IBarSeries<?> bar ? bar.getBarColor().getRGB()
                    : colourOf(((ILineSeries<?>) series).getLineColor());
            svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(format(y - 8))
                    .append("\" width=\"12\" height=\"8\" fill=\"").append(hex(rgb)).append('"')
                    .append(series.isVisible() ? "" : " fill-opacity=\"0.25\"").append("/>\n");
            text(x + 18, y, "start", 10, series.getId());
            y += 15;
            if (y > HEIGHT - 10) {
                return;
            }
        }
    }

    private static RGB colourOf(Color colour) {
        return colour == null ? new RGB(0, 0, 0) : colour.getRGB();
    }

    private String[] categories() {
        String[] categories = xAxis.getCategorySeries();
        return categories == null ? new String[0] : categories;
    }

    private static double categoryCentre(int index, int count) {
        return LEFT + PLOT_WIDTH * (index + 0.5) / Math.max(1, count);
    }

    private double xPixel(double value) {
        return LEFT + PLOT_WIDTH * fraction(xAxis, value);
    }

    private double yPixel(double value) {
        return TOP + PLOT_HEIGHT * (1 - fraction(yAxis, value));
    }

    private static double fraction(IAxis axis, double value) {
        Range range = axis.getRange();
        if (axis.isLogScaleEnabled()) {
            double low = Math.log10(range.lower);
            double high = Math.log10(range.upper);
            return high == low ? 0.5 : (Math.log10(Math.max(value, range.lower)) - low) / (high - low);
        }
        return range.upper == range.lower ? 0.5 : (value - range.lower) / (range.upper - range.lower);
    }

    /** Round tick values: steps of 1, 2 or 5 × 10^k (decades on a log axis). */
    static List<Double> ticks(Range range, boolean logarithmic) {
        List<Double> ticks = new ArrayList<>();
        if (logarithmic) {
            for (double decade = Math.pow(10, Math.floor(Math.log10(range.lower))); decade <= range.upper;
                    decade *= 10) {
                if (decade >= range.lower) {
                    ticks.add(decade);
                }
            }
            return ticks;
        }
        double span = range.upper - range.lower;
        if (!(span > 0) || Double.isInfinite(span)) {
            ticks.add(range.lower);
            return ticks;
        }
        double raw = span / TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
                : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
        for (double value = Math.ceil(range.lower / step) * step; value <= range.upper + step * 1e-9; value += step) {
            ticks.add(Math.abs(value) < step * 1e-9 ? 0 : value);
        }
        return ticks;
    }

    /** The axis's own tick format (category names on a sweep of presets), else a plain number. */
    private static String tickLabel(IAxis axis, double value) {
        java.text.Format format = axis.getTick().getFormat();
        return format instanceof SweepChart.CategoryFormat ? format.format(value) : ChartInteraction.number(value);
    }

    private void gridLine(double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(format(x1)).append("\" y1=\"").append(format(y1)).append("\" x2=\"")
                .append(format(x2)).append("\" y2=\"").append(format(y2)).append("\" stroke=\"#dddddd\"/>\n");
    }

    private void text(double x, double y, String anchor, int size, String content) {
        svg.append("<text x=\"").append(format(x)).append("\" y=\"").append(format(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(size).append("\">").append(escape(content))
                .append("</text>\n");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
