package io.hcastudio.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.hcastudio.analysis.chart.BarChart;
import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.ChartText;
import io.hcastudio.analysis.chart.HeatMap;
import io.hcastudio.analysis.chart.LineChart;

/**
 * Draws a result chart with JFreeChart, or a heat map with plain Java2D, into SVG (JFreeSVG) or PNG: the one renderer of the reports and of the result
 * views' exports. Fonts, sizes and colours are fixed rather than taken from JFreeChart's platform defaults, and the
 * SVG carries no random ids, so the same chart gives the same bytes on every run.
 */
public final class ChartRenderer {

    /** Opacity of a band's fill. */
    private static final int BAND_ALPHA = 51;
    /** Opacity of a window's shading. */
    private static final int WINDOW_ALPHA = 40;
    /** Labels of consecutive windows stand this many pixels apart, over this many rows. */
    private static final int WINDOW_LABEL_STEP = 12;
    private static final int WINDOW_LABEL_ROWS = 4;
    /** Behind a window's label: the lines under it show through a little. */
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);
    private static final int POINT_RADIUS = 3;
    private static final float[] DASH = {6, 4};
    private static final float[] DOT = {2, 3};
    private static final float[] DASH_DOT = {6, 3, 2, 3};
    /**
     * Labels rising at 45°, each as long as it needs: JFreeChart's own 45° positions cut a label at half the plot's
     * height, which leaves "hostA/p1 V…" of a place.
     */
    private static final CategoryLabelPositions SLANTED = CategoryLabelPositions.replaceBottomPosition(
            CategoryLabelPositions.UP_45, new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_RIGHT,
                    TextAnchor.TOP_RIGHT, -Math.PI / 4, CategoryLabelWidthType.RANGE, 1.0f));

    private ChartRenderer() {
    }

    /** The chart as an {@code <svg>} element of the chart's size, its id the chart's id. */
    public static String svg(ChartSpec spec) {
        JFreeChart chart = chart(spec);
        int width = spec.size().width();
        int height = spec.size().height();
        return SvgCanvas.draw(spec.id(), width, height,
                graphics -> chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height)));
    }

    /** The chart as a PNG image of the chart's size. */
    public static byte[] png(ChartSpec spec) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart(spec), spec.size().width(), spec.size().height());
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG into memory failed", e);
        }
        return out.toByteArray();
    }

    /** A heat map as an {@code <svg>} element of its size, its id the map's id. */
    public static String svg(HeatMap map) {
        return SvgCanvas.draw(map.id(), map.size().width(), map.size().height(),
                graphics -> HeatMapPainter.paint(map, graphics));
    }

    /** A heat map as a PNG image of its size. */
    public static byte[] png(HeatMap map) {
        BufferedImage image = new BufferedImage(map.size().width(), map.size().height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            HeatMapPainter.paint(map, graphics);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG into memory failed", e);
        }
        return out.toByteArray();
    }

    private static JFreeChart chart(ChartSpec spec) {
        JFreeChart chart = switch (spec) {
            case BarChart bars -> barChart(bars);
            case LineChart lines -> lineChart(lines);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static JFreeChart barChart(BarChart spec) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarChart.Bars series : spec.series()) {
            double[] values = series.values();
            for (int i = 0; i < values.length; i++) {
                dataset.addValue(values[i], series.name(), spec.categories().get(i));
            }
        }
        JFreeChart chart = spec.stacked()
                ? ChartFactory.createStackedBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), dataset,
                        PlotOrientation.VERTICAL, spec.legend(), false, false)
                : ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), dataset,
                        PlotOrientation.VERTICAL, spec.legend(), false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        if (spec.slantedLabels()) {
            plot.getDomainAxis().setCategoryLabelPositions(SLANTED);
        }
        plot.getRangeAxis().setRange(0, spec.valueAxisTop());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, colour(spec.series().get(i).rgb()));
        }
        return chart;
    }

    private static JFreeChart lineChart(LineChart spec) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (LineChart.Line line : spec.lines()) {
            XYSeries series = new XYSeries(line.name(), false, true);
            double[] xs = line.xs();
            double[] ys = line.ys();
            for (int i = 0; i < xs.length; i++) {
                series.add(xs[i], ys[i]);
            }
            dataset.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), spec.x().title(), spec.y().title(), dataset,
                PlotOrientation.VERTICAL, spec.legend(), false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = spec.steps() ? new XYStepRenderer()
                : (XYLineAndShapeRenderer) plot.getRenderer();
        plot.setRenderer(renderer);
        for (LineChart.Level level : spec.levels()) {
            ValueMarker marker = new ValueMarker(level.value(), colour(level.rgb()), new BasicStroke(1.5f));
            marker.setLabel(level.label());
            marker.setLabelFont(new Font(SvgCanvas.FONT_FAMILY, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        plot.setDomainAxis(axis(spec.x(), plot.getDomainAxis()));
        double middle = plot.getDomainAxis().getRange().getCentralValue();
        for (int i = 0; i < spec.windows().size(); i++) {
            plot.addDomainMarker(windowMarker(spec.windows().get(i), i, middle), Layer.BACKGROUND);
        }
        plot.setRangeAxis(axis(spec.y(), plot.getRangeAxis()));
        theme().apply(chart);
        for (int i = 0; i < spec.lines().size(); i++) {
            LineChart.Line line = spec.lines().get(i);
            renderer.setSeriesPaint(i, colour(line.rgb()));
            if (line.pattern() != LineChart.Line.Pattern.SOLID || line.width() != 1) {
                renderer.setSeriesStroke(i, stroke(line));
            }
            if (line.points()) {
                renderer.setSeriesShapesVisible(i, true);
                renderer.setSeriesShape(i, new Ellipse2D.Double(-POINT_RADIUS, -POINT_RADIUS, 2 * POINT_RADIUS,
                        2 * POINT_RADIUS));
            }
        }
        for (LineChart.Band band : spec.bands()) {
            switch (band.shape()) {
                case AREA -> renderer.addAnnotation(bandArea(band), Layer.BACKGROUND);
                case ERROR_BARS -> renderer.addAnnotation(new ErrorBars(band), Layer.FOREGROUND);
            }
        }
        return chart;
    }

    /**
     * A window of the x axis shaded faintly, or an instant as a line, with its label at the bottom (the top holds the
     * levels' labels), running right from the window's start in the left half of the axis and left from its end in
     * the right half, so that it stays inside the plot; the labels of later windows stand a line higher, so windows
     * close together keep them apart.
     */
    private static Marker windowMarker(LineChart.Window window, int index, double middle) {
        Color colour = colour(window.rgb());
        Marker marker = window.from() == window.to()
                ? new ValueMarker(window.from(), colour, new BasicStroke(1.5f))
                : new IntervalMarker(window.from(), window.to(),
                        new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), WINDOW_ALPHA));
        marker.setLabel(window.label());
        marker.setLabelFont(new Font(SvgCanvas.FONT_FAMILY, Font.PLAIN, 10));
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(LABEL_BACKGROUND);
        boolean rightHalf = (window.from() + window.to()) / 2 > middle;
        marker.setLabelAnchor(rightHalf ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(rightHalf ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 3, 2 + WINDOW_LABEL_STEP * (index % WINDOW_LABEL_ROWS), 3));
        return marker;
    }

    /** The axis JFreeChart made, or the logarithmic or labelled axis the spec asks for, with its range. */
    private static ValueAxis axis(LineChart.Axis spec, ValueAxis made) {
        ValueAxis axis = made;
        if (!spec.labels().isEmpty()) {
            SymbolAxis labelled = new SymbolAxis(spec.title(), spec.labels().toArray(String[]::new));
            labelled.setGridBandsVisible(false);
            axis = labelled;
        } else if (spec.logarithmic()) {
            // Ticks at whole decades, labelled as plain numbers rather than as powers such as 10^3.2.
            LogAxis decades = new LogAxis(spec.title());
            decades.setTickUnit(new NumberTickUnit(1));
            decades.setNumberFormatOverride(ChartText.decadeFormat());
            axis = decades;
        }
        if (!Double.isNaN(spec.upperMargin())) {
            axis.setUpperMargin(spec.upperMargin());
        }
        if (spec.range() != null) {
            axis.setRange(spec.range().lower(), spec.range().upper());
        }
        return axis;
    }

    private static Stroke stroke(LineChart.Line line) {
        float[] pattern = switch (line.pattern()) {
            case SOLID -> null;
            case DASH -> DASH;
            case DOT -> DOT;
            case DASH_DOT -> DASH_DOT;
        };
        return pattern == null ? new BasicStroke(line.width())
                : new BasicStroke(line.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, pattern, 0);
    }

    /** The band as one polygon: along the upper bound, back along the lower one. */
    private static XYPolygonAnnotation bandArea(LineChart.Band band) {
        double[] xs = band.xs();
        double[] lower = band.lower();
        double[] upper = band.upper();
        List<double[]> upperPoints = new ArrayList<>();
        List<double[]> lowerPoints = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isNaN(lower[i]) && !Double.isNaN(upper[i])) {
                upperPoints.add(new double[] {xs[i], upper[i]});
                lowerPoints.add(0, new double[] {xs[i], lower[i]});
            }
        }
        upperPoints.addAll(lowerPoints);
        double[] polygon = new double[2 * upperPoints.size()];
        for (int i = 0; i < upperPoints.size(); i++) {
            polygon[2 * i] = upperPoints.get(i)[0];
            polygon[2 * i + 1] = upperPoints.get(i)[1];
        }
        Color fill = colour(band.rgb());
        return new XYPolygonAnnotation(polygon, null, null,
                new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), BAND_ALPHA));
    }

    private static Color colour(int rgb) {
        return new Color(rgb);
    }

    /** Fixed fonts and sizes, so the chart does not depend on JFreeChart's platform defaults. */
    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("HCA Studio");
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
