package io.hcastudio.analysis.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.WorkQueueMode;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.layout.DiagramPalette;
import io.hcastudio.model.resource.AtomicFiles;

/**
 * The SVG picture of a topology as the editor lays it out, for the File export and the reports: every box at its
 * stored bounds (default sizes where the model gives none), ports on the strip at the top of their node, a line
 * per cable between port centres, the editor's colours. Labels start at fixed offsets and are cut to an estimated
 * width, so the drawing does not depend on the fonts of the machine: the same model gives the same bytes.
 */
public final class TopologyPicture {

    private static final int MARGIN = 20;
    private static final int ARC = 8;
    private static final int FONT_SIZE = 11;
    private static final int LINE_HEIGHT = 13;
    /** A generous mean advance of the sans-serif font at {@link #FONT_SIZE}, for cutting labels to fit. */
    private static final double CHARACTER_WIDTH = 6.5;
    /** How much wider than the estimated text the patch of fill under a caption is. */
    private static final double PATCH_ALLOWANCE = 1.4;
    /** Where along a cable its label may stand, tried in this order: the middle first. */
    private static final double[] LABEL_PLACES = {0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86};

    private final Topology topology;
    private final List<Placed> boxes = new ArrayList<>();
    private final Map<Port, Bounds> ports = new IdentityHashMap<>();
    private final Set<Port> cabled = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Port subnetManagerPort;
    private Rectangle2D extent;
    private double scale = 1;

    /** A box with its bounds in diagram coordinates. */
    private record Placed(NodeElement element, Bounds bounds) {
    }

    private TopologyPicture(Topology topology) {
        this.topology = topology;
        this.subnetManagerPort = topology.getSubnetManager() == null ? null : topology.getSubnetManager().getPort();
        for (Host host : topology.getHosts()) {
            Bounds hostBounds = place(host, 0, 0);
            for (Hca hca : host.getHcas()) {
                Bounds hcaBounds = place(hca, hostBounds.x(), hostBounds.y() + DiagramMetrics.contentTop(host));
                for (PciFunction function : hca.getFunctions()) {
                    place(function, hcaBounds.x(), hcaBounds.y() + DiagramMetrics.contentTop(hca));
                }
            }
            for (VirtualMachine machine : host.getVirtualMachines()) {
                place(machine, hostBounds.x(), hostBounds.y() + DiagramMetrics.contentTop(host));
            }
        }
        topology.getSwitches().forEach(node -> place(node, 0, 0));
        topology.getRouters().forEach(node -> place(node, 0, 0));
        for (Link link : topology.getLinks()) {
            cabled.add(link.getSource());
            cabled.add(link.getTarget());
        }
    }

    /** The picture as an {@code <svg>} element at most {@code maxWidth} wide, or "" for a topology without boxes. */
    public static String svgElement(String id, Topology topology, int maxWidth) {
        TopologyPicture picture = new TopologyPicture(topology);
        if (picture.extent == null) {
            return "";
        }
        picture.scale = Math.min(1.0, (maxWidth - 2.0 * MARGIN) / picture.extent.getWidth());
        return picture.draw(id);
    }

    /** The picture at full size as a stand-alone SVG file. */
    public static String svgDocument(Topology topology) {
        TopologyPicture picture = new TopologyPicture(topology);
        if (picture.extent == null) {
            picture.extent = new Rectangle2D.Double(0, 0, 0, 0);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + picture.draw("topology") + "\n";
    }

    public static void writeSvg(Topology topology, Path file) throws IOException {
        AtomicFiles.write(file, svgDocument(topology).getBytes(StandardCharsets.UTF_8));
    }

    private Bounds place(NodeElement element, int originX, int originY) {
        Bounds bounds = DiagramMetrics.boundsOf(element).translated(originX, originY);
        boxes.add(new Placed(element, bounds));
        if (element instanceof FabricNode node) {
            for (int index = 0; index < node.getPorts().size(); index++) {
                ports.put(node.getPorts().get(index),
                        DiagramMetrics.portBounds(index, bounds.width()).translated(bounds.x(), bounds.y()));
            }
        }
        Rectangle2D area = new Rectangle2D.Double(bounds.x(), bounds.y(), Math.max(1, bounds.width()), Math.max(1, bounds.height()));
        extent = extent == null ? area : extent.createUnion(area);
        return bounds;
    }

    private String draw(String id) {
        int width = (int) Math.ceil(extent.getWidth() * scale) + 2 * MARGIN;
        int height = (int) Math.ceil(extent.getHeight() * scale) + 2 * MARGIN;
        return SvgCanvas.draw(id, width, height, graphics -> {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            // Boxes, then cables and ports over them, then every text on a patch of its box's fill, so no box,
            // cable or port is ever painted over a name; cable labels last, placed where they cover no other text.
            List<Caption> captions = new ArrayList<>();
            boxes.forEach(box -> drawBox(graphics, box, captions));
            List<Link> drawn = topology.getLinks().stream().filter(link -> ports.containsKey(link.getSource())
                    && ports.containsKey(link.getTarget())).toList();
            drawn.forEach(link -> drawCable(graphics, link));
            boxes.stream().map(Placed::element).filter(FabricNode.class::isInstance).map(FabricNode.class::cast)
                    .forEach(node -> node.getPorts().forEach(port -> drawPort(graphics, port)));
            List<Rectangle2D> taken = new ArrayList<>();
            for (Caption caption : captions) {
                taken.add(drawCaption(graphics, caption));
            }
            drawn.forEach(link -> drawCableLabel(graphics, link, taken));
        });
    }

    private void drawBox(Graphics2D graphics, Placed placed, List<Caption> captions) {
        Bounds bounds = placed.bounds();
        int fill = fillOf(placed.element());
        switch (placed.element()) {
            case Host host -> {
                boolean manager = runsSubnetManager(host);
                outline(graphics, bounds, fill, manager ? DiagramPalette.SM_BADGE : DiagramPalette.HOST_LINE,
                        manager ? 3 : 1, false);
                title(captions, bounds, fill, 0, host.getName() + (manager ? "   [SM]" : ""),
                        manager ? DiagramPalette.SM_BADGE : DiagramPalette.TEXT);
            }
            case Hca hca -> {
                DriverProfile profile = hca.getDriverProfile();
                boolean single = profile != null && profile.getWorkQueueMode() == WorkQueueMode.SINGLE;
                int line = profile == null ? DiagramPalette.FUNCTION_LINE : single ? DiagramPalette.SINGLE_WQ : DiagramPalette.SPLIT_WQ;
                outline(graphics, bounds, fill, line, profile == null ? 1 : 2, single);
                int top = stripHeight(hca);
                title(captions, bounds, fill, top, hca.getName() + (runsSubnetManager(hca) ? "   [SM]" : ""), DiagramPalette.TEXT);
                detail(captions, bounds, fill, top, (hca.getModelName() == null ? "HCA" : hca.getModelName())
                        + (profile == null ? "" : " \u00b7 profile " + profile.getPreset().getLiteral() + " \u00b7 "
                                + (single ? "single WQ" : "split WQ")));
            }
            case FabricNode node -> {
                boolean router = node instanceof Router;
                outline(graphics, bounds, fill, router ? DiagramPalette.ROUTER_LINE : DiagramPalette.SWITCH_LINE, 1,
                        false);
                int top = stripHeight(node);
                title(captions, bounds, fill, top, (router ? "\u25c6 " : "") + node.getName(), DiagramPalette.TEXT);
                detail(captions, bounds, fill, top, (router ? "router" : "switch") + " \u00b7 " + node.getPortCount() + " ports");
            }
            case PciFunction function -> {
                outline(graphics, bounds, fill, DiagramPalette.FUNCTION_LINE, 1, false);
                String name = function.getName() != null ? function.getName()
                        : function.isPhysicalFunction() ? "PF" : "VF" + function.getFunctionId();
                String owner = function.getVirtualMachine() != null ? " \u2192 " + function.getVirtualMachine().getName()
                        : function.getOwner() == FunctionOwner.BARE_METAL ? " \u2192 bare metal" : "";
                title(captions, bounds, fill, 0, name, DiagramPalette.TEXT);
                detail(captions, bounds, fill, 0, "slave " + function.getSlaveNumber() + owner);
            }
            case VirtualMachine machine -> {
                outline(graphics, bounds, fill, DiagramPalette.VM_LINE, 1, false);
                StringJoiner functions = new StringJoiner(", ", " \u00b7 ", "").setEmptyValue("");
                machine.getFunctions().forEach(function -> functions.add(function.getName() != null ? function.getName()
                        : "VF" + function.getFunctionId()));
                title(captions, bounds, fill, 0, machine.getName(), DiagramPalette.TEXT);
                detail(captions, bounds, fill, 0, machine.getVcpus() + " vCPU" + (machine.getVcpus() == 1 ? "" : "s") + functions);
            }
            default -> outline(graphics, bounds, fill, DiagramPalette.HOST_LINE, 1, false);
        }
    }

    /** The colour a box is filled with, which its texts are drawn on. */
    private static int fillOf(NodeElement element) {
        return switch (element) {
            case Hca hca -> DiagramPalette.profileFill(hca.getDriverProfile() == null ? null
                    : hca.getDriverProfile().getPreset());
            case Router router -> DiagramPalette.ROUTER_FILL;
            case FabricNode node -> DiagramPalette.SWITCH_FILL;
            case PciFunction function -> function.isPhysicalFunction() ? DiagramPalette.FUNCTION_PF_FILL
                    : DiagramPalette.FUNCTION_VF_FILL;
            case VirtualMachine machine -> DiagramPalette.VM_FILL;
            default -> DiagramPalette.HOST_FILL;
        };
    }

    /** How far the port strip reaches down from the node's top edge. */
    private static int stripHeight(FabricNode node) {
        return node.getPorts().isEmpty() ? 0 : DiagramMetrics.portBounds(node.getPorts().size() - 1,
                DiagramMetrics.sizeOf(node).width()).bottom();
    }

    private void drawCable(Graphics2D graphics, Link link) {
        Bounds from = ports.get(link.getSource());
        Bounds to = ports.get(link.getTarget());
        graphics.setColor(color(DiagramPalette.LINK));
        graphics.setStroke(stroke(2, isEthernet(link)));
        graphics.draw(new Line2D.Double(x(centreX(from)), y(centreY(from)), x(centreX(to)), y(centreY(to))));
    }

    /**
     * The cable's rate in a small box on the cable: at its middle, else at the first of a few places further along it
     * where the box covers no text and no other cable's label (parallel cables have their middles side by side).
     */
    private void drawCableLabel(Graphics2D graphics, Link link, List<Rectangle2D> taken) {
        Bounds from = ports.get(link.getSource());
        Bounds to = ports.get(link.getTarget());
        String text = link.getWidth().getLiteral() + " " + link.getSpeed().getLiteral()
                + (link.isSetLatencyNs() ? " \u00b7 " + link.getLatencyNs() + " ns" : "");
        double width = (text.length() + 2) * characterWidth() / scale;
        Rectangle2D label = null;
        double atX = 0;
        double atY = 0;
        for (double along : LABEL_PLACES) {
            atX = centreX(from) + (centreX(to) - centreX(from)) * along;
            atY = centreY(from) + (centreY(to) - centreY(from)) * along;
            label = new Rectangle2D.Double(x(atX - width / 2), y(atY - LINE_HEIGHT / 2.0), width * scale,
                    (LINE_HEIGHT + 2) * scale);
            Rectangle2D candidate = label;
            if (taken.stream().noneMatch(other -> other.intersects(candidate))) {
                break;
            }
        }
        if (taken.stream().anyMatch(label::intersects)) {
            atX = (centreX(from) + centreX(to)) / 2.0;
            atY = (centreY(from) + centreY(to)) / 2.0;
            label = new Rectangle2D.Double(x(atX - width / 2), y(atY - LINE_HEIGHT / 2.0), width * scale,
                    (LINE_HEIGHT + 2) * scale);
        }
        taken.add(label);
        graphics.setStroke(stroke(1, false));
        graphics.setColor(color(DiagramPalette.LABEL_BACKGROUND));
        graphics.fill(label);
        graphics.setColor(color(DiagramPalette.LINK));
        graphics.draw(label);
        text(graphics, text, Font.PLAIN, DiagramPalette.TEXT, atX - width / 2 + characterWidth() / scale,
                atY + LINE_HEIGHT / 2.0 - 2);
    }

    private void drawPort(Graphics2D graphics, Port port) {
        Bounds bounds = ports.get(port);
        int portColour = port.getLinkLayer() == LinkLayer.ETHERNET ? DiagramPalette.PORT_ETHERNET : DiagramPalette.PORT_IB;
        boolean isCabled = cabled.contains(port);
        Rectangle2D box = rectangle(bounds);
        graphics.setColor(isCabled ? color(portColour) : Color.WHITE);
        graphics.fill(box);
        graphics.setStroke(stroke(1, false));
        graphics.setColor(color(portColour));
        graphics.draw(box);
        String number = Integer.toString(port.getNumber());
        text(graphics, number, Font.PLAIN, isCabled ? 0xFFFFFF : portColour,
                centreX(bounds) - number.length() * characterWidth() / scale / 2, bounds.bottom() - 4);
    }

    private void outline(Graphics2D graphics, Bounds bounds, int fill, int line, int lineWidth, boolean dashed) {
        Shape shape = new RoundRectangle2D.Double(x(bounds.x()), y(bounds.y()), bounds.width() * scale, bounds.height() * scale,
                ARC * scale, ARC * scale);
        graphics.setColor(color(fill));
        graphics.fill(shape);
        graphics.setColor(color(line));
        graphics.setStroke(stroke(lineWidth, dashed));
        graphics.draw(shape);
    }

    private void title(List<Caption> captions, Bounds bounds, int fill, int top, String text, int colour) {
        label(captions, bounds, fill, top, 0, text, Font.BOLD, colour);
    }

    private void detail(List<Caption> captions, Bounds bounds, int fill, int top, String text) {
        label(captions, bounds, fill, top, 1, text, Font.PLAIN, DiagramPalette.SECONDARY_TEXT);
    }

    /** Text line {@code line} of the header below {@code top}, cut to the box's width, to be drawn on {@code fill}. */
    private void label(List<Caption> captions, Bounds bounds, int fill, int top, int line, String text, int style,
            int colour) {
        double characterWidth = characterWidth() / scale;
        int room = (int) ((bounds.width() - 2 * DiagramMetrics.HEADER_INSET_LEFT) / characterWidth);
        String shown = text == null ? "" : text.length() <= room ? text : text.substring(0, Math.max(0, room - 1)) + "\u2026";
        if (!shown.isEmpty()) {
            // The patch under the text: wider than the estimate (bold lower-case runs wider), within the box.
            double patch = Math.min(bounds.width() - 2.0 * DiagramMetrics.HEADER_INSET_LEFT,
                    shown.length() * characterWidth * PATCH_ALLOWANCE);
            captions.add(new Caption(shown, style, colour, fill, bounds.x() + DiagramMetrics.HEADER_INSET_LEFT,
                    bounds.y() + top + DiagramMetrics.HEADER_INSET_TOP + (line + 1) * LINE_HEIGHT, patch));
        }
    }

    /**
     * A line of a box's header, drawn after the cables on a patch of the box's fill, so a cable passing behind the
     * name does not strike it through.
     *
     * @param width width of the patch of fill under the text, in diagram units
     */
    private record Caption(String text, int style, int colour, int fill, double atX, double baseline, double width) {
    }

    /** Draws the caption on its patch and returns the patch, in picture coordinates. */
    private Rectangle2D drawCaption(Graphics2D graphics, Caption caption) {
        Rectangle2D patch = new Rectangle2D.Double(x(caption.atX() - 1), y(caption.baseline() - LINE_HEIGHT + 2),
                (caption.width() + 1) * scale, LINE_HEIGHT * scale);
        graphics.setColor(color(caption.fill()));
        graphics.fill(patch);
        text(graphics, caption.text(), caption.style(), caption.colour(), caption.atX(), caption.baseline());
        return patch;
    }

    /** A generous advance of one character at the picture's font size, in picture pixels. */
    private double characterWidth() {
        return CHARACTER_WIDTH * fontSize() / FONT_SIZE;
    }

    /**
     * The font size in whole pixels, as SVG writes it, at least 1: labels are cut with the width of the font the
     * picture really uses.
     */
    private int fontSize() {
        return Math.max(1, (int) Math.round(FONT_SIZE * scale));
    }

    private void text(Graphics2D graphics, String text, int style, int colour, double atX, double baseline) {
        if (text.isEmpty()) {
            return;
        }
        graphics.setColor(color(colour));
        graphics.setFont(new Font(SvgCanvas.FONT_FAMILY, style, fontSize()));
        graphics.drawString(text, (float) x(atX), (float) y(baseline));
    }

    private Rectangle2D rectangle(Bounds bounds) {
        return new Rectangle2D.Double(x(bounds.x()), y(bounds.y()), bounds.width() * scale, bounds.height() * scale);
    }

    private BasicStroke stroke(int width, boolean dashed) {
        float scaled = (float) (width * scale);
        return dashed ? new BasicStroke(scaled, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] { (float) (6 * scale), (float) (3 * scale) }, 0f) : new BasicStroke(scaled);
    }

    private double x(double diagramX) {
        return MARGIN + (diagramX - extent.getX()) * scale;
    }

    private double y(double diagramY) {
        return MARGIN + (diagramY - extent.getY()) * scale;
    }

    private static double centreX(Bounds bounds) {
        return bounds.x() + bounds.width() / 2.0;
    }

    private static double centreY(Bounds bounds) {
        return bounds.y() + bounds.height() / 2.0;
    }

    private static boolean isEthernet(Link link) {
        return link.getSource() != null && link.getSource().getLinkLayer() == LinkLayer.ETHERNET;
    }

    private static Color color(int rgb) {
        return new Color(rgb);
    }

    /** Whether the subnet manager runs on a port of this box (or of a box inside it), as the editor marks it. */
    private boolean runsSubnetManager(NodeElement element) {
        for (EObject current = subnetManagerPort; current != null; current = current.eContainer()) {
            if (current == element) {
                return true;
            }
        }
        return false;
    }
}
