package io.hcastudio.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each part of a {@link HeatMap} goes on its picture, in whole pixels: the renderer draws there and a view that
 * shows the picture finds the cell under the pointer here. Text widths are estimated from the character count (the
 * labels are short numbers), so the layout depends on nothing but the map.
 */
public final class HeatMapLayout {

    /** Font sizes the renderer uses. */
    public static final int TITLE_FONT = 14;
    public static final int LABEL_FONT = 11;

    /** Estimated width of a label character at {@link #LABEL_FONT}. */
    static final int CHAR_WIDTH = 7;

    private static final int MARGIN = 10;
    private static final int TITLE_HEIGHT = 24;
    private static final int PANEL_TITLE_HEIGHT = 18;
    private static final int AXIS_TITLE = 18;
    private static final int TICK_HEIGHT = 16;
    private static final int PANEL_GAP = 14;
    private static final int LEGEND_GAP = 18;
    private static final int LEGEND_BAR = 14;
    private static final int LEGEND_LABELS = 48;
    /** Smallest cell that gets its value written into it. */
    private static final int TEXT_CELL_WIDTH = 36;
    private static final int TEXT_CELL_HEIGHT = 15;

    /** A rectangle in pixels. */
    public record Box(int x, int y, int width, int height) {

        public boolean contains(int px, int py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /** A cell under the pointer. */
    public record Hit(int panel, int xIndex, int yIndex) {
    }

    private final HeatMap map;
    private final Box title;
    private final List<Box> panelTitles = new ArrayList<>();
    private final List<Box> plots = new ArrayList<>();
    private final Box yTickLabels;
    private final Box legendBar;
    private final int xTickY;
    private final int xTitleY;
    private final int yTitleX;

    private HeatMapLayout(HeatMap map) {
        this.map = map;
        int width = map.size().width();
        int height = map.size().height();
        int yLabelWidth = map.yLabels().stream().mapToInt(String::length).max().orElse(1) * CHAR_WIDTH + 6;
        // The legend's title sits above the bar, starting at its left edge.
        int legendWidth = LEGEND_GAP + Math.max(LEGEND_BAR + LEGEND_LABELS,
                map.scale().title().length() * CHAR_WIDTH);
        title = new Box(MARGIN, MARGIN, width - 2 * MARGIN, TITLE_HEIGHT);
        int top = MARGIN + TITLE_HEIGHT + PANEL_TITLE_HEIGHT;
        int bottom = height - MARGIN - AXIS_TITLE - TICK_HEIGHT;
        int left = MARGIN + AXIS_TITLE + yLabelWidth;
        int right = width - MARGIN - legendWidth;
        int count = Math.max(1, map.panels().size());
        int cellsAcross = map.xLabels().size();
        int cellsDown = map.yLabels().size();
        // Whole-pixel cells, the same size in every panel.
        int cellWidth = Math.max(1, (right - left - (count - 1) * PANEL_GAP) / (count * cellsAcross));
        int cellHeight = Math.max(1, (bottom - top) / cellsDown);
        int plotWidth = cellWidth * cellsAcross;
        int plotHeight = cellHeight * cellsDown;
        for (int panel = 0; panel < map.panels().size(); panel++) {
            int x = left + panel * (plotWidth + PANEL_GAP);
            plots.add(new Box(x, top, plotWidth, plotHeight));
            panelTitles.add(new Box(x, top - PANEL_TITLE_HEIGHT, plotWidth, PANEL_TITLE_HEIGHT));
        }
        yTickLabels = new Box(left - yLabelWidth, top, yLabelWidth - 4, plotHeight);
        xTickY = top + plotHeight + 2;
        xTitleY = xTickY + TICK_HEIGHT;
        yTitleX = MARGIN;
        int legendLeft = left + count * plotWidth + (count - 1) * PANEL_GAP + LEGEND_GAP;
        legendBar = new Box(legendLeft, top, LEGEND_BAR, plotHeight);
    }

    public static HeatMapLayout of(HeatMap map) {
        return new HeatMapLayout(map);
    }

    public HeatMap map() {
        return map;
    }

    public Box title() {
        return title;
    }

    public Box panelTitle(int panel) {
        return panelTitles.get(panel);
    }

    /** The cells of a panel. */
    public Box plot(int panel) {
        return plots.get(panel);
    }

    /** The cell at x index {@code xIndex} (left to right) and y index {@code yIndex} (bottom to top). */
    public Box cell(int panel, int xIndex, int yIndex) {
        Box plot = plots.get(panel);
        int width = plot.width() / map.xLabels().size();
        int height = plot.height() / map.yLabels().size();
        return new Box(plot.x() + xIndex * width, plot.y() + plot.height() - (yIndex + 1) * height, width, height);
    }

    /** Whether cells are large enough to carry their value as text. */
    public boolean cellText() {
        Box cell = cell(0, 0, 0);
        return cell.width() >= TEXT_CELL_WIDTH && cell.height() >= TEXT_CELL_HEIGHT;
    }

    /** Box right of which the y tick labels end, over the height of the plots. */
    public Box yTickLabels() {
        return yTickLabels;
    }

    /** Top of the x tick labels. */
    public int xTickY() {
        return xTickY;
    }

    /** Top of the x axis title. */
    public int xTitleY() {
        return xTitleY;
    }

    /** Left of the (vertical) y axis title. */
    public int yTitleX() {
        return yTitleX;
    }

    public Box legendBar() {
        return legendBar;
    }

    /**
     * Every how many x values a tick is labelled, so that labels do not overlap (1 = all); the y axis labels every
     * value that has room for a line of text the same way ({@link #yLabelStep}).
     */
    public int xLabelStep() {
        int widest = map.xLabels().stream().mapToInt(String::length).max().orElse(1) * CHAR_WIDTH + 4;
        int cellWidth = Math.max(1, cell(0, 0, 0).width());
        return Math.max(1, (widest + cellWidth - 1) / cellWidth);
    }

    public int yLabelStep() {
        int cellHeight = Math.max(1, cell(0, 0, 0).height());
        return Math.max(1, (LABEL_FONT + 2 + cellHeight - 1) / cellHeight);
    }

    /** The cell under a point of the picture, if any. */
    public Optional<Hit> hit(int px, int py) {
        for (int panel = 0; panel < plots.size(); panel++) {
            Box plot = plots.get(panel);
            if (plot.contains(px, py)) {
                int xIndex = (px - plot.x()) / (plot.width() / map.xLabels().size());
                int yIndex = (plot.y() + plot.height() - 1 - py) / (plot.height() / map.yLabels().size());
                return Optional.of(new Hit(panel, Math.min(xIndex, map.xLabels().size() - 1),
                        Math.min(yIndex, map.yLabels().size() - 1)));
            }
        }
        return Optional.empty();
    }
}
