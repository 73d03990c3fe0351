package io.hcastudio.analysis.chart;

import java.util.List;

/**
 * Lines over a numeric x axis, with shaded bands behind them and labelled levels across the plot.
 *
 * @param steps  whether every line holds its value until its next point (occupancy, a cumulative distribution)
 *               rather than running straight from point to point; a horizontal line looks the same either way
 * @param lines  in legend order
 * @param bands  shaded behind the lines
 * @param levels  horizontal lines across the plot with a label at their right end, not in the legend
 * @param windows spans of the x axis shaded behind the lines with a label at their top, e.g. a fault's window on a
 *                time axis, not in the legend
 */
public record LineChart(String id, String title, Axis x, Axis y, boolean steps, List<Line> lines, List<Band> bands,
        List<Level> levels, boolean legend, Size size, List<Window> windows) implements ChartSpec {

    public LineChart {
        lines = List.copyOf(lines);
        bands = List.copyOf(bands);
        levels = List.copyOf(levels);
        windows = List.copyOf(windows);
    }

    /** A chart without windows. */
    public LineChart(String id, String title, Axis x, Axis y, boolean steps, List<Line> lines, List<Band> bands,
            List<Level> levels, boolean legend, Size size) {
        this(id, title, x, y, steps, lines, bands, levels, legend, size, List.of());
    }

    @Override
    public LineChart withSize(Size other) {
        return new LineChart(id, title, x, y, steps, lines, bands, levels, legend, other, windows);
    }

    /**
     * An axis. Without a range it fits the data.
     *
     * @param logarithmic whether the axis is logarithmic
     * @param labels      for values that are positions 0, 1, 2... of named things: the names, else empty
     * @param range       the fixed range, or null to fit the data
     * @param upperMargin room above the data as a fraction of the range, or NaN for the toolkit's usual margin
     */
    public record Axis(String title, boolean logarithmic, List<String> labels, Range range, double upperMargin) {

        public Axis {
            labels = List.copyOf(labels);
        }

        /** A linear axis that fits the data. */
        public static Axis linear(String title) {
            return new Axis(title, false, List.of(), null, Double.NaN);
        }

        public Axis asLogarithmic() {
            return new Axis(title, true, labels, range, upperMargin);
        }

        public Axis labelled(List<String> names) {
            return new Axis(title, logarithmic, names, range, upperMargin);
        }

        public Axis ranging(double lower, double upper) {
            return new Axis(title, logarithmic, labels, new Range(lower, upper), upperMargin);
        }

        public Axis withUpperMargin(double fraction) {
            return new Axis(title, logarithmic, labels, range, fraction);
        }
    }

    /** A fixed axis range. */
    public record Range(double lower, double upper) {
    }

    /**
     * One line.
     *
     * @param pattern how the line is stroked; {@link Pattern#DASH} is kept for limits (a ring's capacity), data
     *                lines beyond the palette's colours are dotted
     * @param points  whether its points are marked
     * @param width   stroke width in pixels
     */
    public record Line(String name, double[] xs, double[] ys, int rgb, Pattern pattern, boolean points, int width) {

        /** How a line is stroked. */
        public enum Pattern {
            SOLID,
            /** A limit rather than data. */
            DASH,
            DOT,
            DASH_DOT
        }

        public Line {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("line '" + name + "' has " + xs.length + " x values but "
                        + ys.length + " y values");
            }
            xs = xs.clone();
            ys = ys.clone();
        }

        /** A plain data line one pixel wide. */
        public static Line of(String name, double[] xs, double[] ys, int rgb) {
            return new Line(name, xs, ys, rgb, Pattern.SOLID, false, 1);
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

        /** Whether the line is a limit, such as a ring's capacity, rather than data. */
        public boolean isLimit() {
            return pattern == Pattern.DASH;
        }
    }

    /**
     * A lower and an upper bound at the points of the line it belongs to, e.g. a mean's 95 % confidence interval,
     * drawn as a shaded area behind the line or as an error bar at each point. Points where either bound is NaN are
     * left out.
     */
    public record Band(String line, double[] xs, double[] lower, double[] upper, int rgb, Shape shape) {

        /** How a band is drawn. */
        public enum Shape {
            /** The area between the bounds, shaded. */
            AREA,
            /** A vertical bar from the lower to the upper bound at every point, with short caps. */
            ERROR_BARS
        }

        public Band {
            if (lower.length != xs.length || upper.length != xs.length) {
                throw new IllegalArgumentException("band of '" + line + "' needs both bounds at every x");
            }
            xs = xs.clone();
            lower = lower.clone();
            upper = upper.clone();
        }

        /** A shaded area. */
        public Band(String line, double[] xs, double[] lower, double[] upper, int rgb) {
            this(line, xs, lower, upper, rgb, Shape.AREA);
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }
    }

    /** A labelled horizontal line across the plot, e.g. where a ring is full. */
    public record Level(double value, String label, int rgb) {
    }

    /**
     * A span {@code [from, to]} of the x axis, shaded behind the lines, with its label at the top of the plot; a
     * span without length is drawn as a vertical line.
     */
    public record Window(double from, double to, String label, int rgb) {

        public Window {
            if (!(from <= to)) {
                throw new IllegalArgumentException("window '" + label + "' from " + from + " to " + to);
            }
        }
    }
}
