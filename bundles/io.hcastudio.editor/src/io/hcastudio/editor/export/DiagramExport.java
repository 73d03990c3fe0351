package io.hcastudio.editor.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

import io.hcastudio.editor.figures.BoxFigure;
import io.hcastudio.editor.figures.LinkFigure;
import io.hcastudio.editor.figures.PortFigure;
import io.hcastudio.editor.parts.LinkEditPart;
import io.hcastudio.editor.parts.NodeEditPart;
import io.hcastudio.editor.parts.PortEditPart;
import io.hcastudio.model.operations.Guids;

/**
 * Writes the diagram as a PNG picture (what the screen shows) or as SVG. The SVG is built from the figures in
 * model order with integer coordinates and no generated ids, so an identical model gives identical bytes.
 */
public final class DiagramExport {

    private static final int MARGIN = 20;

    private DiagramExport() {
    }

    public static void writePng(GraphicalViewer viewer, Path file) throws IOException {
        io.hcastudio.model.resource.AtomicFiles.write(file, toPng(viewer));
    }

    public static void writeSvg(GraphicalViewer viewer, Path file) throws IOException {
        io.hcastudio.model.resource.AtomicFiles.write(file, toSvg(viewer).getBytes(StandardCharsets.UTF_8));
    }

    /** The printable layers (boxes and links, no handles or feedback) at 100 %, as PNG bytes. */
    public static byte[] toPng(GraphicalViewer viewer) {
        viewer.flush();
        IFigure printable = ((LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.PRINTABLE_LAYERS);
        Rectangle area = extent(viewer);
        Image image = new Image(viewer.getControl().getDisplay(), area.width, area.height);
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            graphics.setBackgroundColor(ColorConstants.white);
            graphics.fillRectangle(0, 0, area.width, area.height);
            graphics.translate(-area.x, -area.y);
            printable.paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            loader.save(bytes, SWT.IMAGE_PNG);
            return bytes.toByteArray();
        } finally {
            image.dispose();
        }
    }

    /** The area covered by boxes and links, with a margin. */
    private static Rectangle extent(GraphicalViewer viewer) {
        Rectangle extent = null;
        for (GraphicalEditPart part : drawnParts(viewer)) {
            Rectangle bounds = part.getFigure().getBounds();
            extent = extent == null ? bounds.getCopy() : extent.union(bounds);
        }
        if (extent == null) {
            extent = new Rectangle(0, 0, 1, 1);
        }
        return extent.expand(MARGIN, MARGIN);
    }

    private static List<GraphicalEditPart> drawnParts(GraphicalViewer viewer) {
        List<GraphicalEditPart> parts = new java.util.ArrayList<>();
        collect((EditPart) viewer.getContents(), parts);
        return parts;
    }

    private static void collect(EditPart part, List<GraphicalEditPart> parts) {
        for (Object child : part.getChildren()) {
            GraphicalEditPart childPart = (GraphicalEditPart) child;
            parts.add(childPart);
            for (Object connection : childPart.getSourceConnections()) {
                parts.add((GraphicalEditPart) connection);
            }
            collect(childPart, parts);
        }
    }

    public static String toSvg(GraphicalViewer viewer) {
        viewer.flush();
        Rectangle area = extent(viewer);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"%d %d %d %d\" font-family=\"sans-serif\" font-size=\"11\">\n",
                area.width, area.height, area.x, area.y, area.width, area.height));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", area.x, area.y,
                area.width, area.height));
        List<GraphicalEditPart> parts = drawnParts(viewer);
        for (GraphicalEditPart part : parts) {
            if (part instanceof NodeEditPart node) {
                writeBox(svg, node);
            } else if (part instanceof PortEditPart port) {
                writePort(svg, port);
            }
        }
        for (GraphicalEditPart part : parts) {
            if (part instanceof LinkEditPart link) {
                writeLink(svg, link);
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void writeBox(StringBuilder svg, NodeEditPart part) {
        BoxFigure figure = part.getBoxFigure();
        Rectangle box = figure.getBounds();
        svg.append(String.format(Locale.ROOT,
                "<g id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s/>\n",
                idOf(part), box.x, box.y, box.width - 1, box.height - 1, hex(figure.getFillColor()), hex(figure.getLineColor()),
                figure.getLineWidth(), figure.isDashed() ? " stroke-dasharray=\"6 3\"" : ""));
        for (Object child : figure.getHeader().getChildren()) {
            if (child instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
                writeText(svg, label, label == figure.getTitle());
            }
        }
        svg.append("</g>\n");
    }

    private static void writePort(StringBuilder svg, PortEditPart part) {
        PortFigure figure = (PortFigure) part.getFigure();
        Rectangle box = figure.getBounds();
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"%s\"/>\n", box.x, box.y, box.width - 1,
                box.height - 1, part.getSourceConnections().isEmpty() && part.getTargetConnections().isEmpty() ? "#ffffff" : "#285aa0",
                "#285aa0"));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>\n",
                box.x + box.width / 2, box.bottom() - 4, part.getSourceConnections().isEmpty() && part.getTargetConnections().isEmpty()
                        ? "#285aa0" : "#ffffff", escape(figure.getText())));
    }

    private static void writeLink(StringBuilder svg, LinkEditPart part) {
        LinkFigure figure = (LinkFigure) part.getFigure();
        PointList points = figure.getPoints();
        StringBuilder coordinates = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.getPoint(i);
            coordinates.append(i == 0 ? "" : " ").append(point.x).append(',').append(point.y);
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
                coordinates, hex(figure.getForegroundColor()), figure.getLineStyle() == SWT.LINE_SOLID ? "" : " stroke-dasharray=\"6 3\""));
        Label label = figure.getLabel();
        Rectangle box = label.getBounds();
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\" stroke=\"%s\"/>\n", box.x, box.y, box.width - 1,
                box.height - 1, hex(figure.getForegroundColor())));
        writeText(svg, label, false);
    }

    private static void writeText(StringBuilder svg, Label label, boolean bold) {
        Rectangle text = label.getTextBounds();
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\"%s>%s</text>\n", text.x, text.bottom() - 3,
                hex(label.getForegroundColor()), bold ? " font-weight=\"bold\"" : "", escape(label.getText().strip())));
    }

    /** A stable id from the model: kind and GUID or name, never a counter or hash. */
    private static String idOf(NodeEditPart part) {
        Object model = part.getModel();
        String kind = ((org.eclipse.emf.ecore.EObject) model).eClass().getName();
        if (model instanceof io.hcastudio.model.FabricNode node && node.getNodeGuid() != 0) {
            return kind + "-" + Guids.format(node.getNodeGuid());
        }
        String path = org.eclipse.emf.ecore.util.EcoreUtil.getRelativeURIFragmentPath(null, (org.eclipse.emf.ecore.EObject) model);
        return escape(kind + "-" + path.replace('/', '.').replace('@', ' ').replace(" ", ""));
    }

    private static String hex(Color color) {
        if (color == null) {
            return "none";
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
