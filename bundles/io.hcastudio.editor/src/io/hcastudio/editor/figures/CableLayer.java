package io.hcastudio.editor.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;

/**
 * The layer of cables. Each cable keeps its own {@link LinkFigure} (selection, hit-testing, tooltip, label), but
 * the lines are stroked here, in one pass: all visible cables of one colour and line style make a single path
 * drawn with one call. Stroked one by one, each antialiased cable cost the X server a mask as large as its extent
 * on screen; on a 10,000-node fabric, where thousands of long cables cross any view, a repaint took 1-2 s under Xvfb.
 * <p>
 * SWT paths need the graphics underneath draw2d's {@link ScaledGraphics} (which cannot draw paths): a scaled pane
 * names it through {@link #paintScaled}. Where no such graphics is known the cables are stroked one by one as before.
 * The children list answers {@code indexOf} in constant time (see {@link IndexedChildren}).
 */
public class CableLayer extends ConnectionLayer {

    /**
     * Above this many cables in view they are drawn without antialiasing: crossing antialiased lines in one path
     * cost the X server seconds under Xvfb (10,000 nodes: a repaint of 1-2 s, 7-90 ms without), and in such a mesh
     * the smoothing is not seen.
     */
    static final int MAX_ANTIALIASED = 1_000;

    /** The unscaled graphics under the {@link ScaledGraphics} now painting, or null. UI thread only. */
    private static Graphics scaledDevice;

    private final IndexedChildren indexed = new IndexedChildren();
    private boolean strokingInOnePass;

    @Override
    public List<?> getChildren() {
        return indexed.over(super.getChildren());
    }

    /**
     * Runs {@code paint}, which paints through a {@link ScaledGraphics} wrapped around {@code device}, so that
     * cable layers painted in it can stroke their cables on {@code device} in one pass.
     */
    public static void paintScaled(Graphics device, Runnable paint) {
        Graphics previous = scaledDevice;
        scaledDevice = device;
        try {
            paint.run();
        } finally {
            scaledDevice = previous;
        }
    }

    /** Whether this layer has stroked its cables already, so that a cable paints only its label. */
    boolean strokesCables() {
        return strokingInOnePass;
    }

    @Override
    protected void paintChildren(Graphics graphics) {
        Graphics device = graphics instanceof SWTGraphics ? graphics : graphics instanceof ScaledGraphics ? scaledDevice : null;
        if (device == null) {
            super.paintChildren(graphics);
            return;
        }
        Rectangle clip = graphics.getClip(new Rectangle());
        strokeCables(device, graphics.getAbsoluteScale() / device.getAbsoluteScale(), clip);
        strokingInOnePass = true;
        try {
            if (MeasuredLabel.isReadable(graphics)) {
                super.paintChildren(graphics);
            } else {
                paintOtherChildren(graphics, clip);
            }
        } finally {
            strokingInOnePass = false;
        }
    }

    /** Paints the children that are not cables (a cable too small for its label has nothing more to paint). */
    private void paintOtherChildren(Graphics graphics, Rectangle clip) {
        for (Object child : getChildren()) {
            IFigure figure = (IFigure) child;
            if (!(figure instanceof LinkFigure) && figure.isVisible() && figure.intersects(clip)) {
                graphics.clipRect(figure.getBounds());
                figure.paint(graphics);
                graphics.restoreState();
            }
        }
    }

    private void strokeCables(Graphics device, double scale, Rectangle clip) {
        Display display = Display.getCurrent();
        Map<Stroke, Path> paths = new LinkedHashMap<>();
        int cables = 0;
        try {
            for (Object child : getChildren()) {
                if (child instanceof LinkFigure cable && cable.isVisible() && cable.getBounds().intersects(clip)) {
                    PointList points = cable.getPoints();
                    if (points.size() < 2) {
                        continue;
                    }
                    cables++;
                    Path path = paths.computeIfAbsent(new Stroke(cable.getForegroundColor(), cable.getLineStyle(), cable.getLineWidth()),
                            stroke -> new Path(display));
                    path.moveTo((float) (points.getPoint(0).x * scale), (float) (points.getPoint(0).y * scale));
                    for (int index = 1; index < points.size(); index++) {
                        path.lineTo((float) (points.getPoint(index).x * scale), (float) (points.getPoint(index).y * scale));
                    }
                }
            }
            device.pushState();
            try {
                if (cables > MAX_ANTIALIASED) {
                    device.setAntialias(SWT.OFF);
                }
                for (Map.Entry<Stroke, Path> entry : paths.entrySet()) {
                    Stroke stroke = entry.getKey();
                    device.setForegroundColor(stroke.color());
                    device.setLineStyle(stroke.lineStyle());
                    // draw2d's scaled graphics keeps line widths in screen pixels at every zoom: so does this.
                    device.setLineWidth(stroke.width());
                    device.drawPath(entry.getValue());
                }
            } finally {
                device.popState();
            }
        } finally {
            for (Path path : paths.values()) {
                path.dispose();
            }
        }
    }

    /** What cables drawn in one path share. */
    private record Stroke(Color color, int lineStyle, int width) {
    }
}
