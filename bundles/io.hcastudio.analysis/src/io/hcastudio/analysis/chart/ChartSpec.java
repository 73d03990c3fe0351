package io.hcastudio.analysis.chart;

/**
 * A result chart as data: what it shows, not how a toolkit draws it. The result views draw it with SWTChart, the
 * renderer of {@code io.hcastudio.analysis.render} draws it into SVG and PNG for the views' exports and the reports,
 * so a chart exported from a view is the chart a report shows. Colours are {@code 0xRRGGBB}.
 */
public sealed interface ChartSpec permits BarChart, LineChart {

    /** The size of a picture of a chart, unless the chart asks for another: the report's figure size. */
    Size DEFAULT_SIZE = new Size(720, 320);
    /** Twice the report's size, for slides and print. */
    Size LARGE_SIZE = new Size(1440, 640);

    /** Width and height of a picture of the chart, in pixels. */
    record Size(int width, int height) {

        public Size {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("a chart of " + width + " x " + height + " pixels");
            }
        }
    }

    /** Names the chart in an SVG: its element's id and the prefix of its definitions, so charts in a page differ. */
    String id();

    String title();

    /** Whether the series are named in a legend. */
    boolean legend();

    Size size();

    /** The same chart drawn at another size: what a picture of a chosen size shows. */
    ChartSpec withSize(Size size);
}
