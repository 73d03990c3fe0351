package io.hcastudio.analysis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.StepPoint;

/** The charts of the HTML report, drawn by JFreeChart into deterministic SVG. */
final class ReportCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;

    /** Points per pixel column kept of an occupancy trace: its minimum and maximum. */
    private static final int POINTS_PER_COLUMN = 2;
    private static final double NS_PER_MS = 1e6;
    /** The time axis runs this fraction (1/n) past the moment the rings drained, to show that they stay empty. */
    private static final long DRAINED_MARGIN = 8;

    private ReportCharts() {
    }

    /** Bars of MADs dropped per cause, one bar per run in each cause. */
    static String dropsByCause(String id, List<RunFigures> runs) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (DropCause cause : DropCause.values()) {
            boolean standard = cause.ordinal() <= DropCause.D6_CONTEXT_NOT_ACTIVE.ordinal();
            if (standard || runs.stream().anyMatch(run -> run.drops().get(cause) > 0)) {
                for (RunFigures run : runs) {
                    dataset.addValue(run.drops().get(cause), run.label(), shortName(cause));
                }
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("MADs dropped by cause", "cause", "MADs dropped", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        return render(id, chart);
    }

    /**
     * Occupancy of the busiest wire send ring of each run over simulated time, with the line at which posts start
     * to fail. Each trace is reduced to the minimum and maximum per pixel column.
     */
    static String wireRingOccupancy(String id, List<RunFigures> runs) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        // The time axis ends soon after each ring has drained from its peak: later waves of retried connections
        // over seconds would squeeze the burst, where the ring fills, into a spike.
        long drainedNs = 1;
        for (RunFigures run : runs) {
            drainedNs = Math.max(drainedNs, drainedNs(run.wireOccupancy().steps()));
        }
        long endNs = drainedNs + drainedNs / DRAINED_MARGIN;
        for (RunFigures run : runs) {
            dataset.addSeries(reduce(run.label(), run.wireOccupancy().steps(), endNs));
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Busiest wire send ring until it drains from its peak",
                "simulated time (ms)",
                "slots in use", dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new XYStepRenderer());
        long capacity = runs.stream().mapToLong(run -> run.wireOccupancy().capacity()).min().orElse(0);
        ValueMarker full = new ValueMarker(capacity, Color.RED, new BasicStroke(1.5f));
        full.setLabel("ring full (" + Figures.count(capacity) + ")");
        full.setLabelFont(new Font(SvgCanvas.FONT_FAMILY, Font.PLAIN, 11));
        full.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        full.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(full);
        plot.getRangeAxis().setUpperMargin(0.15);
        return render(id, chart);
    }

    /** When the trace first fell below a tenth of its peak after reaching it, or its last point. */
    private static long drainedNs(List<StepPoint> steps) {
        long peak = steps.stream().mapToLong(StepPoint::value).max().orElse(0);
        int index = 0;
        while (index < steps.size() && steps.get(index).value() < peak) {
            index++;
        }
        while (index < steps.size() && steps.get(index).value() >= Math.max(1, peak / 10)) {
            index++;
        }
        return steps.isEmpty() ? 0 : steps.get(Math.min(index, steps.size() - 1)).timeNs();
    }

    private static XYSeries reduce(String label, List<StepPoint> steps, long endNs) {
        XYSeries series = new XYSeries(label, false, true);
        double columnNs = (double) endNs / WIDTH;
        int column = -1;
        StepPoint low = null;
        StepPoint high = null;
        for (StepPoint step : steps) {
            if (step.timeNs() > endNs) {
                break;
            }
            int stepColumn = (int) Math.min(WIDTH - 1, step.timeNs() / columnNs);
            if (stepColumn != column) {
                addColumn(series, low, high);
                column = stepColumn;
                low = step;
                high = step;
            } else {
                low = step.value() < low.value() ? step : low;
                high = step.value() > high.value() ? step : high;
            }
        }
        addColumn(series, low, high);
        return series;
    }

    private static void addColumn(XYSeries series, StepPoint low, StepPoint high) {
        if (low == null) {
            return;
        }
        StepPoint first = low.timeNs() <= high.timeNs() ? low : high;
        StepPoint second = first == low ? high : low;
        series.add(first.timeNs() / NS_PER_MS, first.value());
        if (second != first) {
            series.add(second.timeNs() / NS_PER_MS, second.value());
        }
    }

    private static String shortName(DropCause cause) {
        String name = cause.name();
        int underscore = name.indexOf('_');
        return name.startsWith("D") && underscore == 2 ? name.substring(0, 2)
                : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String render(String id, JFreeChart chart) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return SvgCanvas.draw(id, WIDTH, HEIGHT, graphics -> chart.draw(graphics,
                new Rectangle2D.Double(0, 0, WIDTH, HEIGHT)));
    }

    /** Fixed fonts and sizes, so the chart does not depend on JFreeChart's platform defaults. */
    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("HCA Studio report");
        theme.setExtraLargeFont(new Font(SvgCanvas.FONT_FAMILY, Font.BOLD, 16));
        theme.setLargeFont(new Font(SvgCanvas.FONT_FAMILY, Font.BOLD, 13));
        theme.setRegularFont(new Font(SvgCanvas.FONT_FAMILY, Font.PLAIN, 12));
        theme.setSmallFont(new Font(SvgCanvas.FONT_FAMILY, Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }
}
