package io.hcastudio.editor.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.geometry.Point;
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

    /** Screen pixels kept around the clip when cutting cables to it, more than any cable's line width. */
    private static final int MARGIN = 8;

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
        // Segments are cut to the clip (with a margin for the line width). Whole, the cables of the 10,000-node
        // fabric, running tens of thousands of pixels beyond the view, were not drawn at all on screen at 100 %
        // and above (under Xvfb); cut, they are also less work for the X server.
        Rectangle area = clip.getExpanded((int) Math.ceil(MARGIN / scale), (int) Math.ceil(MARGIN / scale));
        try {
            for (Object child : getChildren()) {
                if (child instanceof LinkFigure cable && cable.isVisible() && cable.getBounds().intersects(clip)) {
                    PointList points = cable.getPoints();
                    if (points.size() < 2) {
                        continue;
                    }
                    Path path = null;
                    for (int index = 1; index < points.size(); index++) {
                        Point from = points.getPoint(index - 1);
                        Point to = points.getPoint(index);
                        double[] visible = visiblePart(from.x, from.y, to.x, to.y, area);
                        if (visible != null) {
                            if (path == null) {
                                path = paths.computeIfAbsent(new Stroke(cable.getForegroundColor(), cable.getLineStyle(), cable.getLineWidth()),
                                        stroke -> new Path(display));
                                cables++;
                            }
                            path.moveTo((float) (visible[0] * scale), (float) (visible[1] * scale));
                            path.lineTo((float) (visible[2] * scale), (float) (visible[3] * scale));
                        }
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

    /**
     * The part of the segment from (x1, y1) to (x2, y2) inside {@code area} as {x1, y1, x2, y2}, or null when none
     * is (Liang-Barsky clipping).
     */
    static double[] visiblePart(double x1, double y1, double x2, double y2, Rectangle area) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double enter = 0;
        double leave = 1;
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { x1 - area.x, area.right() - x1, y1 - area.y, area.bottom() - y1 };
        for (int edge = 0; edge < 4; edge++) {
            if (p[edge] == 0) {
                if (q[edge] < 0) {
                    return null;
                }
            } else {
                double t = q[edge] / p[edge];
                if (p[edge] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter > leave ? null : new double[] { x1 + enter * dx, y1 + enter * dy, x1 + leave * dx, y1 + leave * dy };
    }

    /** What cables drawn in one path share. */
    private record Stroke(Color color, int lineStyle, int width) {
    }
}
