package io.hcastudio.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;

import io.hcastudio.analysis.chart.HeatMap;
import io.hcastudio.analysis.chart.HeatMapLayout;
import io.hcastudio.analysis.chart.HeatMapLayout.Box;

/** Draws a {@link HeatMap} with Java2D where its {@link HeatMapLayout} puts each part. */
final class HeatMapPainter {

    private static final Color TEXT = new Color(0x222222);
    private static final Color FRAME = new Color(0x666666);

    private HeatMapPainter() {
    }

    static void paint(HeatMap map, Graphics2D graphics) {
        HeatMapLayout layout = HeatMapLayout.of(map);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, map.size().width(), map.size().height());
        Font titleFont = new Font(SvgCanvas.FONT_FAMILY, Font.BOLD, HeatMapLayout.TITLE_FONT);
        Font labelFont = new Font(SvgCanvas.FONT_FAMILY, Font.PLAIN, HeatMapLayout.LABEL_FONT);
        Font panelFont = new Font(SvgCanvas.FONT_FAMILY, Font.BOLD, HeatMapLayout.LABEL_FONT + 1);
        graphics.setColor(TEXT);
        centred(graphics, titleFont, map.title(), layout.title());
        boolean cellText = layout.cellText();
        for (int panel = 0; panel < map.panels().size(); panel++) {
            graphics.setColor(TEXT);
            centred(graphics, panelFont, map.panels().get(panel).title(), layout.panelTitle(panel));
            for (int y = 0; y < map.yLabels().size(); y++) {
                for (int x = 0; x < map.xLabels().size(); x++) {
                    double value = map.value(panel, x, y);
                    Box cell = layout.cell(panel, x, y);
                    graphics.setColor(new Color(map.scale().rgb(value)));
                    graphics.fillRect(cell.x(), cell.y(), cell.width(), cell.height());
                    if (cellText) {
                        graphics.setColor(map.scale().dark(value) ? Color.WHITE : TEXT);
                        centred(graphics, labelFont, map.scale().text(value), cell);
                    }
                }
            }
            Box plot = layout.plot(panel);
            graphics.setColor(FRAME);
            graphics.setStroke(new BasicStroke(1));
            graphics.drawRect(plot.x(), plot.y(), plot.width(), plot.height());
            xTicks(graphics, labelFont, map, layout, panel);
        }
        yTicks(graphics, labelFont, map, layout);
        Box first = layout.plot(0);
        Box last = layout.plot(map.panels().size() - 1);
        graphics.setColor(TEXT);
        centred(graphics, labelFont, map.xTitle(), new Box(first.x(), layout.xTitleY(),
                last.x() + last.width() - first.x(), 18));
        vertical(graphics, labelFont, map.yTitle(), layout.yTitleX(), first, map.size().height());
        legend(graphics, labelFont, map, layout);
    }

    private static void xTicks(Graphics2D graphics, Font font, HeatMap map, HeatMapLayout layout, int panel) {
        graphics.setColor(TEXT);
        int step = layout.xLabelStep();
        for (int x = 0; x < map.xLabels().size(); x += step) {
            Box cell = layout.cell(panel, x, 0);
            centred(graphics, font, map.xLabels().get(x), new Box(cell.x() - 20, layout.xTickY(),
                    cell.width() + 40, 14));
        }
    }

    private static void yTicks(Graphics2D graphics, Font font, HeatMap map, HeatMapLayout layout) {
        graphics.setColor(TEXT);
        graphics.setFont(font);
        FontMetrics metrics = graphics.getFontMetrics();
        int step = layout.yLabelStep();
        Box labels = layout.yTickLabels();
        for (int y = 0; y < map.yLabels().size(); y += step) {
            Box cell = layout.cell(0, 0, y);
            String label = map.yLabels().get(y);
            int baseline = cell.y() + (cell.height() + metrics.getAscent() - metrics.getDescent()) / 2;
            graphics.drawString(label, labels.x() + labels.width() - metrics.stringWidth(label), baseline);
        }
    }

    private static void legend(Graphics2D graphics, Font font, HeatMap map, HeatMapLayout layout) {
        Box bar = layout.legendBar();
        for (int row = 0; row < bar.height(); row++) {
            double fraction = 1 - (row + 0.5) / bar.height();
            graphics.setColor(new Color(map.scale().rgb(map.scale().valueAt(fraction))));
            graphics.fillRect(bar.x(), bar.y() + row, bar.width(), 1);
        }
        graphics.setColor(FRAME);
        graphics.drawRect(bar.x(), bar.y(), bar.width(), bar.height());
        graphics.setFont(font);
        FontMetrics metrics = graphics.getFontMetrics();
        graphics.setColor(TEXT);
        for (double tick : map.scale().ticks()) {
            int y = bar.y() + bar.height() - (int) Math.round(map.scale().fraction(tick) * bar.height());
            graphics.drawLine(bar.x() + bar.width(), y, bar.x() + bar.width() + 3, y);
            graphics.drawString(map.scale().text(tick), bar.x() + bar.width() + 5,
                    y + (metrics.getAscent() - metrics.getDescent()) / 2);
        }
        // Above the top tick's label, which is centred on the bar's top edge.
        graphics.drawString(map.scale().title(), bar.x(), bar.y() - metrics.getAscent() - metrics.getDescent());
        // No data: a grey swatch below the bar, only when some cell has none.
        if (hasNoData(map)) {
            int y = bar.y() + bar.height() + 8;
            graphics.setColor(new Color(HeatMap.Scale.NO_DATA));
            graphics.fillRect(bar.x(), y, bar.width(), 10);
            graphics.setColor(TEXT);
            graphics.drawString("no runs", bar.x() + bar.width() + 5, y + 9);
        }
    }

    private static boolean hasNoData(HeatMap map) {
        for (HeatMap.Panel panel : map.panels()) {
            for (double value : panel.values()) {
                if (Double.isNaN(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void centred(Graphics2D graphics, Font font, String text, Box box) {
        graphics.setFont(font);
        FontMetrics metrics = graphics.getFontMetrics();
        int x = box.x() + (box.width() - metrics.stringWidth(text)) / 2;
        int y = box.y() + (box.height() + metrics.getAscent() - metrics.getDescent()) / 2;
        graphics.drawString(text, x, y);
    }

    /** Rising text centred along a box, moved to stay inside the picture when it is longer than the box. */
    private static void vertical(Graphics2D graphics, Font font, String text, int left, Box along, int height) {
        graphics.setFont(font);
        FontMetrics metrics = graphics.getFontMetrics();
        AffineTransform saved = graphics.getTransform();
        int width = metrics.stringWidth(text);
        int bottom = Math.min(height - 2, along.y() + along.height() / 2 + width / 2);
        graphics.translate(left + metrics.getAscent(), Math.max(width + 2, bottom));
        graphics.rotate(-Math.PI / 2);
        graphics.drawString(text, 0, 0);
        graphics.setTransform(saved);
    }
}
