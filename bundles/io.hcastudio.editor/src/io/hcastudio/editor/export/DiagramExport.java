package io.hcastudio.editor.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

import io.hcastudio.model.resource.AtomicFiles;

/**
 * Writes the diagram as a PNG picture of what the screen shows. (The SVG of a topology is drawn headless from the
 * model by the application's renderer, see {@link io.hcastudio.editor.actions.ExportSvgCommand}.)
 */
public final class DiagramExport {

    private static final int MARGIN = 20;

    private DiagramExport() {
    }

    public static void writePng(GraphicalViewer viewer, Path file) throws IOException {
        AtomicFiles.write(file, toPng(viewer));
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
}
