package io.hcastudio.charts;

import java.util.Locale;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;

import io.hcastudio.analysis.chart.ChartText;

/**
 * Mouse handling every result chart shares: the wheel zooms the x axis around the pointer (Shift: the y axis), a
 * drag pans, a double click fits the data again, hovering shows the exact value of the nearest point, and a click
 * on a legend entry hides or shows its series. Panning stops at the ends of the data.
 */
final class ChartInteraction {

    /** How close, in pixels, the pointer must be to a point for its tooltip. */
    private static final int HOVER_RADIUS = 12;

    private final Chart chart;
    private final BiFunction<ISeries<?>, Integer, String> describePoint;
    private Point dragStart;
    private Range dragX;
    private Range dragY;

    private ChartInteraction(Chart chart, BiFunction<ISeries<?>, Integer, String> describePoint) {
        this.chart = chart;
        this.describePoint = describePoint;
    }

    /** Installs the interaction; {@code describePoint} words the tooltip of point {@code index} of a series. */
    static void install(Chart chart, BiFunction<ISeries<?>, Integer, String> describePoint) {
        new ChartInteraction(chart, describePoint).attach();
    }

    /** Tooltip text naming the series and the point's x and y. */
    static String describeXy(ISeries<?> series, int index, String xUnit, String yUnit) {
        return String.format(Locale.ROOT, "%s%n%s %s%n%s %s", series.getId(),
                ChartText.number(series.getXSeries()[index]), xUnit, ChartText.number(series.getYSeries()[index]),
                yUnit);
    }

    private void attach() {
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseVerticalWheel, event -> {
            boolean vertical = (event.stateMask & SWT.SHIFT) != 0;
            for (IAxis axis : vertical ? chart.getAxisSet().getYAxes() : chart.getAxisSet().getXAxes()) {
                if (axis.isCategoryEnabled()) {
                    continue;
                }
                double at = axis.getDataCoordinate(vertical ? event.y : event.x);
                if (event.count > 0) {
                    axis.zoomIn(at);
                } else {
                    axis.zoomOut(at);
                }
            }
            chart.redraw();
        });
        plot.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseDown(MouseEvent event) {
                if (event.button == 1) {
                    dragStart = new Point(event.x, event.y);
                    dragX = chart.getAxisSet().getXAxis(0).getRange();
                    dragY = chart.getAxisSet().getYAxis(0).getRange();
                }
            }

            @Override
            public void mouseUp(MouseEvent event) {
                dragStart = null;
            }

            @Override
            public void mouseDoubleClick(MouseEvent event) {
                chart.getAxisSet().adjustRange();
                chart.redraw();
            }
        });
        plot.addMouseMoveListener(event -> {
            if (dragStart != null && (event.stateMask & SWT.BUTTON1) != 0) {
                pan(event.x, event.y);
            } else {
                chart.getPlotArea().setToolTipText(tooltipAt(event.x, event.y));
            }
        });
        Control legend = (Control) chart.getLegend();
        legend.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseDown(MouseEvent event) {
                toggleSeriesAt(event.x, event.y);
            }
        });
    }

    /** Moves the view with the pointer, but no further than the data reach: a drag never pans into emptiness. */
    private void pan(int x, int y) {
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        Rectangle bounds = chart.getPlotArea().getBounds();
        if (!xAxis.isCategoryEnabled() && bounds.width > 0) {
            double shift = (dragStart.x - x) * (dragX.upper - dragX.lower) / bounds.width;
            xAxis.setRange(within(new Range(dragX.lower + shift, dragX.upper + shift), extent(true)));
        }
        if (bounds.height > 0) {
            double shift = (y - dragStart.y) * (dragY.upper - dragY.lower) / bounds.height;
            yAxis.setRange(within(new Range(dragY.lower + shift, dragY.upper + shift), extent(false)));
        }
        chart.redraw();
    }

    /** The x or y values the chart's series cover; the y extent includes 0, where counts start. */
    private Range extent(boolean x) {
        return extentOf(chart, x);
    }

    private static Range extentOf(Chart chart, boolean x) {
        double low = x ? Double.POSITIVE_INFINITY : 0;
        double high = x ? Double.NEGATIVE_INFINITY : 0;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            double[] values = x ? series.getXSeries() : series.getYSeries();
            for (double value : values) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        return low > high ? null : new Range(low, high);
    }

    /**
     * Pans the x axis, keeping its width, so that {@code x} is in view (centred, as far as the data reach) when it is
     * not already: a cursor moved elsewhere (the Timeline view) is never off screen here.
     */
    static void reveal(Chart chart, double x) {
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        Range shown = xAxis.getRange();
        if (xAxis.isCategoryEnabled() || x >= shown.lower && x <= shown.upper) {
            return;
        }
        double half = (shown.upper - shown.lower) / 2;
        xAxis.setRange(within(new Range(x - half, x + half), extentOf(chart, true)));
    }

    /**
     * {@code wanted} moved back inside {@code data} where it left it, keeping its width; a range wider than the data
     * starts where the data start.
     */
    static Range within(Range wanted, Range data) {
        if (data == null) {
            return wanted;
        }
        double width = wanted.upper - wanted.lower;
        if (width >= data.upper - data.lower) {
            return wanted.lower > data.lower || wanted.upper < data.upper ? new Range(data.lower, data.lower + width)
                    : wanted;
        }
        if (wanted.lower < data.lower) {
            return new Range(data.lower, data.lower + width);
        }
        if (wanted.upper > data.upper) {
            return new Range(data.upper - width, data.upper);
        }
        return wanted;
    }

    private String tooltipAt(int x, int y) {
        ISeries<?> nearest = null;
        int nearestIndex = -1;
        long nearestDistance = (long) HOVER_RADIUS * HOVER_RADIUS + 1;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (!series.isVisible()) {
                continue;
            }
            int count = series.getYSeries().length;
            for (int index = 0; index < count; index++) {
                Point pixel = series.getPixelCoordinates(index);
                long dx = pixel.x - x;
                long dy = pixel.y - y;
                long distance = dx * dx + dy * dy;
                if (distance < nearestDistance) {
                    nearest = series;
                    nearestIndex = index;
                    nearestDistance = distance;
                }
            }
        }
        return nearest == null ? null : describePoint.apply(nearest, nearestIndex);
    }

    private void toggleSeriesAt(int x, int y) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            Rectangle entry = chart.getLegend().getBounds(series.getId());
            if (entry != null && entry.contains(x, y)) {
                series.setVisible(!series.isVisible());
                chart.redraw();
                return;
            }
        }
    }
}
