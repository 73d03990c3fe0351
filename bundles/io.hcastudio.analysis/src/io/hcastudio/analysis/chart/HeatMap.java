package io.hcastudio.analysis.chart;

import java.util.List;
import java.util.function.DoubleFunction;

import io.hcastudio.analysis.chart.ChartSpec.Size;

/**
 * Values over a grid of two parameters, one panel per series (a driver profile), coloured along one shared scale
 * with a legend. SWTChart has no heat map, so this is no {@link ChartSpec}: the analysis renderer draws it into SVG and
 * PNG, and the result view shows that picture, finding the cell under the pointer through {@link HeatMapLayout}.
 *
 * @param id         names the picture in an SVG
 * @param title      above the panels
 * @param xTitle     title of the x axis, with its unit
 * @param xLabels    x values, left to right
 * @param yTitle     title of the y axis, with its unit
 * @param yLabels    y values, bottom to top
 * @param scale      the colour scale
 * @param panels     left to right
 * @param size       picture size in pixels
 */
public record HeatMap(String id, String title, String xTitle, List<String> xLabels, String yTitle,
        List<String> yLabels, Scale scale, List<Panel> panels, Size size) {

    public HeatMap {
        xLabels = List.copyOf(xLabels);
        yLabels = List.copyOf(yLabels);
        panels = List.copyOf(panels);
        for (Panel panel : panels) {
            if (panel.values.length != xLabels.size() * yLabels.size()) {
                throw new IllegalArgumentException("panel '" + panel.title + "' has " + panel.values.length
                        + " values for a grid of " + xLabels.size() + " x " + yLabels.size());
            }
        }
    }

    /** The same map drawn at another size (a view fills its window with it). */
    public HeatMap withSize(Size other) {
        return new HeatMap(id, title, xTitle, xLabels, yTitle, yLabels, scale, panels, other);
    }

    /** The value of a cell; NaN where nothing was measured. */
    public double value(int panel, int xIndex, int yIndex) {
        return panels.get(panel).values[yIndex * xLabels.size() + xIndex];
    }

    /**
     * One panel.
     *
     * @param title  e.g. {@code profile C}
     * @param values row-major from the first y value: {@code values[yIndex × xLabels.size() + xIndex]}; NaN = no data
     */
    public record Panel(String title, double[] values) {

        public Panel {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * Maps a value to a colour from pale (0) to dark red (maximum), linearly or on log(1 + v), and writes the value
     * into a cell the way the legend labels it.
     *
     * @param title       legend title, e.g. {@code P(any loss)}
     * @param maximum     value of the darkest colour; above 0
     * @param logarithmic colour by log(1 + v) rather than v
     * @param format      how cells and legend ticks write a value
     */
    public record Scale(String title, double maximum, boolean logarithmic, DoubleFunction<String> format) {

        /** Sequential, colour-blind-safe (ColorBrewer YlOrRd): 0 is pale yellow, the maximum dark red. */
        private static final int[] STOPS = {0xFFFFCC, 0xFED976, 0xFD8D3C, 0xE31A1C, 0x800026};

        /** Closest two legend ticks may be, as a fraction of the scale. */
        private static final double MIN_TICK_GAP = 0.1;

        /** Colour of a cell without runs. */
        public static final int NO_DATA = 0xD9D9D9;

        public Scale {
            if (!(maximum > 0)) {
                throw new IllegalArgumentException("scale maximum must be positive, was " + maximum);
            }
        }

        /** Position on the scale, 0 to 1. */
        public double fraction(double value) {
            double clamped = Math.max(0, Math.min(maximum, value));
            return logarithmic ? Math.log1p(clamped) / Math.log1p(maximum) : clamped / maximum;
        }

        /** The value at a position on the scale, the inverse of {@link #fraction}. */
        public double valueAt(double fraction) {
            return logarithmic ? Math.expm1(fraction * Math.log1p(maximum)) : fraction * maximum;
        }

        /**
         * Values the legend labels, ascending: quarters of a linear scale; 0, the powers of ten below the maximum and
         * the maximum on a logarithmic one (a power too close to its neighbour to label apart is left out).
         */
        public List<Double> ticks() {
            List<Double> ticks = new java.util.ArrayList<>();
            if (!logarithmic) {
                for (int quarter = 0; quarter <= 4; quarter++) {
                    ticks.add(maximum * quarter / 4);
                }
                return ticks;
            }
            ticks.add(0.0);
            for (double power = 1; power < maximum; power *= 10) {
                if (fraction(maximum) - fraction(power) >= MIN_TICK_GAP
                        && fraction(power) - fraction(ticks.get(ticks.size() - 1)) >= MIN_TICK_GAP) {
                    ticks.add(power);
                }
            }
            ticks.add(maximum);
            return ticks;
        }

        /** {@code 0xRRGGBB} of a value; {@link #NO_DATA} for NaN. */
        public int rgb(double value) {
            if (Double.isNaN(value)) {
                return NO_DATA;
            }
            double position = fraction(value) * (STOPS.length - 1);
            int low = Math.min(STOPS.length - 2, (int) Math.floor(position));
            double t = position - low;
            return blend(STOPS[low], STOPS[low + 1], t);
        }

        /** Whether text on this colour should be white rather than black. */
        public boolean dark(double value) {
            return !Double.isNaN(value) && fraction(value) > 0.6;
        }

        public String text(double value) {
            return Double.isNaN(value) ? "" : format.apply(value);
        }

        private static int blend(int from, int to, double t) {
            int rgb = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int a = (from >> shift) & 0xFF;
                int b = (to >> shift) & 0xFF;
                rgb |= ((int) Math.round(a + (b - a) * t)) << shift;
            }
            return rgb;
        }
    }
}
