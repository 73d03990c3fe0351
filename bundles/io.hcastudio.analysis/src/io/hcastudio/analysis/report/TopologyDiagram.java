package io.hcastudio.analysis.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;

import io.hcastudio.analysis.render.SvgCanvas;
import io.hcastudio.analysis.report.TopologySummary.Box;
import io.hcastudio.analysis.report.TopologySummary.Cable;
import io.hcastudio.analysis.report.TopologySummary.HcaBox;
import io.hcastudio.analysis.report.TopologySummary.HostBox;
import io.hcastudio.analysis.report.TopologySummary.SwitchBox;

/**
 * The fabric as the editor lays it out: hosts with their HCAs, switches, and a line per cable. Labels start at
 * fixed offsets, so the drawing does not depend on the fonts of the machine.
 */
final class TopologyDiagram {

    static final int WIDTH = 720;

    private static final int MARGIN = 10;
    private static final int LINE_HEIGHT = 14;
    private static final Color HOST_FILL = new Color(0xF3F6FA);
    private static final Color HCA_FILL = new Color(0xDCE8F5);
    private static final Color SWITCH_FILL = new Color(0xE8F0DC);
    private static final Color OUTLINE = new Color(0x445566);
    private static final Color CABLE = new Color(0x7A8A99);

    private TopologyDiagram() {
    }

    /** The diagram as an {@code <svg>} element {@code WIDTH} wide, or an empty string for an empty fabric. */
    static String render(String id, TopologySummary topology) {
        Rectangle2D extent = extent(topology);
        if (extent == null) {
            return "";
        }
        double scale = Math.min(1.0, (WIDTH - 2.0 * MARGIN) / extent.getWidth());
        int height = (int) Math.ceil(extent.getHeight() * scale) + 2 * MARGIN;
        return SvgCanvas.draw(id, WIDTH, height, graphics -> {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, height);
            AffineTransform toCanvas = new AffineTransform();
            toCanvas.translate(MARGIN, MARGIN);
            toCanvas.scale(scale, scale);
            toCanvas.translate(-extent.getX(), -extent.getY());
            graphics.transform(toCanvas);
            draw(graphics, topology);
        });
    }

    private static void draw(Graphics2D graphics, TopologySummary topology) {
        Map<String, Box> nodes = new HashMap<>();
        topology.hosts().forEach(host -> host.hcas().forEach(hca -> nodes.put(hca.key(), hca.bounds())));
        topology.switches().forEach(fabricSwitch -> nodes.put(fabricSwitch.key(), fabricSwitch.bounds()));

        graphics.setStroke(new BasicStroke(1.5f));
        for (Cable cable : topology.cables()) {
            Box from = nodes.get(cable.fromKey());
            Box to = nodes.get(cable.toKey());
            graphics.setColor(CABLE);
            graphics.draw(new Line2D.Double(centreX(from), centreY(from), centreX(to), centreY(to)));
        }
        graphics.setStroke(new BasicStroke(1f));
        for (HostBox host : topology.hosts()) {
            Box bounds = host.bounds();
            fillAndOutline(graphics, new Rectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height()),
                    HOST_FILL);
            label(graphics, host.name(), Font.BOLD, bounds.x() + 8, bounds.y() + LINE_HEIGHT + 4);
            if (host.virtualMachines() > 0) {
                label(graphics, Figures.countOf(host.virtualMachines(), "VM"), Font.PLAIN, bounds.x() + 8,
                        bounds.y() + bounds.height() - 8);
            }
            for (HcaBox hca : host.hcas()) {
                Box box = hca.bounds();
                fillAndOutline(graphics, new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()),
                        HCA_FILL);
                label(graphics, hca.key().substring(hca.key().indexOf('/') + 1) + "  " + hca.modelName(), Font.BOLD,
                        box.x() + 8, box.y() + LINE_HEIGHT + 2);
                label(graphics, Figures.countOf(hca.ports(), "port") + (hca.virtualFunctions() > 0
                        ? ", PF + " + Figures.countOf(hca.virtualFunctions(), "VF") : ""), Font.PLAIN, box.x() + 8,
                        box.y() + 2 * LINE_HEIGHT + 4);
            }
        }
        for (SwitchBox fabricSwitch : topology.switches()) {
            Box box = fabricSwitch.bounds();
            fillAndOutline(graphics, new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 12, 12),
                    SWITCH_FILL);
            label(graphics, fabricSwitch.key(), Font.BOLD, box.x() + 8, box.y() + LINE_HEIGHT + 4);
            label(graphics, Figures.countOf(fabricSwitch.ports(), "port"), Font.PLAIN, box.x() + 8,
                    box.y() + 2 * LINE_HEIGHT + 6);
        }
    }

    private static void fillAndOutline(Graphics2D graphics, Shape shape, Color fill) {
        graphics.setColor(fill);
        graphics.fill(shape);
        graphics.setColor(OUTLINE);
        graphics.draw(shape);
    }

    private static void label(Graphics2D graphics, String text, int style, int x, int y) {
        graphics.setColor(Color.BLACK);
        graphics.setFont(new Font(SvgCanvas.FONT_FAMILY, style, 12));
        graphics.drawString(text, x, y);
    }

    private static Rectangle2D extent(TopologySummary topology) {
        Rectangle2D extent = null;
        for (HostBox host : topology.hosts()) {
            extent = union(extent, host.bounds());
            for (HcaBox hca : host.hcas()) {
                extent = union(extent, hca.bounds());
            }
        }
        for (SwitchBox fabricSwitch : topology.switches()) {
            extent = union(extent, fabricSwitch.bounds());
        }
        return extent;
    }

    private static Rectangle2D union(Rectangle2D extent, Box box) {
        Rectangle2D rectangle = new Rectangle2D.Double(box.x(), box.y(), Math.max(1, box.width()),
                Math.max(1, box.height()));
        return extent == null ? rectangle : extent.createUnion(rectangle);
    }

    private static double centreX(Box box) {
        return box.x() + box.width() / 2.0;
    }

    private static double centreY(Box box) {
        return box.y() + box.height() / 2.0;
    }
}
