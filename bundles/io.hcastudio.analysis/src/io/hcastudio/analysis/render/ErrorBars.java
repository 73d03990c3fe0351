package io.hcastudio.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import io.hcastudio.analysis.chart.LineChart;

/**
 * A band drawn as error bars: at every point with both bounds a vertical line from the lower to the upper bound
 * with a cap at each end, in the band's colour, clipped to the plot. Caps are a fixed number of pixels wide,
 * whatever the x axis' scale.
 */
final class ErrorBars extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** Half the width of a cap in pixels. */
    static final double CAP_HALF_WIDTH = 4;
    private static final float STROKE_WIDTH = 1.5f;

    private final double[] xs;
    private final double[] lower;
    private final double[] upper;
    private final int rgb;

    ErrorBars(LineChart.Band band) {
        this.xs = band.xs();
        this.lower = band.lower();
        this.upper = band.upper();
        this.rgb = band.rgb();
    }

    @Override
    public void draw(Graphics2D graphics, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = plot.getDomainAxisEdge();
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        java.awt.Shape oldClip = graphics.getClip();
        graphics.clip(dataArea);
        graphics.setPaint(new Color(rgb));
        graphics.setStroke(new BasicStroke(STROKE_WIDTH));
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(lower[i]) || Double.isNaN(upper[i])) {
                continue;
            }
            double x = domainAxis.valueToJava2D(xs[i], dataArea, domainEdge);
            double low = rangeAxis.valueToJava2D(lower[i], dataArea, rangeEdge);
            double high = rangeAxis.valueToJava2D(upper[i], dataArea, rangeEdge);
            graphics.draw(new Line2D.Double(x, low, x, high));
            graphics.draw(new Line2D.Double(x - CAP_HALF_WIDTH, low, x + CAP_HALF_WIDTH, low));
            graphics.draw(new Line2D.Double(x - CAP_HALF_WIDTH, high, x + CAP_HALF_WIDTH, high));
        }
        graphics.setClip(oldClip);
    }
}
