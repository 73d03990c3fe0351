package io.hcastudio.editor.outline;

import java.util.Map;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MouseEvent;
import org.eclipse.draw2d.MouseListener;
import org.eclipse.draw2d.MouseMotionListener;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.ScaledGraphics;
import org.eclipse.draw2d.UpdateListener;
import org.eclipse.draw2d.Viewport;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.hcastudio.editor.figures.CableLayer;

/**
 * The Outline's picture of the whole diagram with the visible part framed; a click or a drag in it scrolls the
 * editor there. It replaces draw2d's {@code ScrollableThumbnail}, which repaints the whole diagram once per 256 x 256
 * tile of it: every long link is stroked again in each tile it crosses, so a fabric of 10,000 nodes and 19,900 links
 * took over four minutes to show its Outline (HugeFabricBenchmark; a stack sample showed the time in
 * {@code Polyline.outlineShape} under {@code Thumbnail$ThumbnailUpdater}). Here the diagram is painted once, scaled,
 * {@value #SETTLE_MILLIS} ms after the last change of it, so a burst of edits costs one repaint.
 */
public final class DiagramThumbnail extends Figure implements UpdateListener {

    /** Changes of the diagram closer together than this are drawn once. */
    static final int SETTLE_MILLIS = 250;
    private static final int FRAME_ALPHA = 60;

    private final Viewport viewport;
    private final IFigure source;
    private final Runnable render = this::render;
    private final FigureListener viewportMoved = figure -> repaint();
    private final java.beans.PropertyChangeListener scrolled = event -> repaint();
    private Image image;
    /** Thumbnail pixels per pixel of the viewport's (zoomed) contents. */
    private double viewScale;
    private boolean scheduled;
    private int renders;

    /**
     * @param viewport the editor's viewport, which the frame shows and clicks scroll
     * @param source   the figure drawn: the diagram's printable layers
     */
    DiagramThumbnail(Viewport viewport, IFigure source) {
        this.viewport = viewport;
        this.source = source;
        source.getUpdateManager().addUpdateListener(this);
        viewport.addFigureListener(viewportMoved);
        viewport.addPropertyChangeListener(Viewport.PROPERTY_VIEW_LOCATION, scrolled);
        addFigureListener(figure -> schedule());
        MouseHandler mouse = new MouseHandler();
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        setOpaque(true);
        setBackgroundColor(ColorConstants.white);
    }

    /** Stops following the diagram and frees the picture. */
    void deactivate() {
        source.getUpdateManager().removeUpdateListener(this);
        viewport.removeFigureListener(viewportMoved);
        viewport.removePropertyChangeListener(Viewport.PROPERTY_VIEW_LOCATION, scrolled);
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, render);
        }
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** How many times the diagram was drawn, for tests of the throttling. */
    public int renders() {
        return renders;
    }

    /** Whether a redraw of the picture is waiting for the diagram to settle. */
    public boolean isScheduled() {
        return scheduled;
    }

    @Override
    public void notifyPainting(Rectangle damage, @SuppressWarnings("rawtypes") Map dirtyRegions) {
        // Only a change inside the diagram changes the picture; scrolling and zooming move the frame alone.
        for (Object dirty : dirtyRegions.keySet()) {
            for (IFigure figure = (IFigure) dirty; figure != null; figure = figure.getParent()) {
                if (figure == source) {
                    schedule();
                    return;
                }
            }
        }
    }

    @Override
    public void notifyValidating() {
        // Layout alone changes nothing drawn; the painting that follows it is noticed above.
    }

    private void schedule() {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        display.timerExec(-1, render);
        display.timerExec(SETTLE_MILLIS, render);
        scheduled = true;
    }

    private void render() {
        scheduled = false;
        Rectangle area = getClientArea();
        Rectangle drawn = source.getBounds();
        if (area.isEmpty() || drawn.isEmpty() || getUpdateManager() == null) {
            return;
        }
        double scale = Math.min(1.0, Math.min(area.width / (double) drawn.width, area.height / (double) drawn.height));
        int width = Math.max(1, (int) Math.round(drawn.width * scale));
        int height = Math.max(1, (int) Math.round(drawn.height * scale));
        Image next = new Image(Display.getCurrent(), width, height);
        GC gc = new GC(next);
        SWTGraphics swt = new SWTGraphics(gc);
        ScaledGraphics graphics = new ScaledGraphics(swt);
        try {
            graphics.setBackgroundColor(ColorConstants.white);
            graphics.fillRectangle(0, 0, width, height);
            graphics.scale(scale);
            graphics.translate(-drawn.x, -drawn.y);
            graphics.pushState();
            CableLayer.paintScaled(swt, () -> source.paint(graphics));
            graphics.popState();
        } finally {
            graphics.dispose();
            swt.dispose();
            gc.dispose();
        }
        if (image != null) {
            image.dispose();
        }
        image = next;
        renders++;
        repaint();
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        super.paintFigure(graphics);
        if (image == null) {
            if (!scheduled) {
                schedule();
            }
            return;
        }
        Rectangle area = getClientArea();
        graphics.drawImage(image, area.getLocation());
        Rectangle frame = frame();
        graphics.setAlpha(FRAME_ALPHA);
        graphics.setBackgroundColor(ColorConstants.menuBackgroundSelected);
        graphics.fillRectangle(frame);
        graphics.setAlpha(255);
        graphics.setForegroundColor(ColorConstants.menuBackgroundSelected);
        graphics.drawRectangle(frame.getResized(-1, -1));
    }

    /** The visible part of the diagram, in this figure's coordinates. */
    private Rectangle frame() {
        Rectangle contents = viewport.getContents().getBounds();
        viewScale = contents.width <= 0 ? 0 : image.getBounds().width / (double) contents.width;
        Point location = viewport.getViewLocation();
        int minX = viewport.getHorizontalRangeModel().getMinimum();
        int minY = viewport.getVerticalRangeModel().getMinimum();
        Rectangle visible = viewport.getClientArea();
        Rectangle area = getClientArea();
        return new Rectangle(area.x + (int) Math.round((location.x - minX) * viewScale),
                area.y + (int) Math.round((location.y - minY) * viewScale),
                Math.max(2, (int) Math.round(visible.width * viewScale)),
                Math.max(2, (int) Math.round(visible.height * viewScale)));
    }

    /** A click or a drag centres the editor's view on the point under the mouse. */
    private final class MouseHandler extends MouseMotionListener.Stub implements MouseListener {

        private boolean dragging;

        private void centreOn(Point point) {
            if (image == null || viewScale <= 0) {
                return;
            }
            Rectangle area = getClientArea();
            Rectangle visible = viewport.getClientArea();
            int x = viewport.getHorizontalRangeModel().getMinimum() + (int) Math.round((point.x - area.x) / viewScale)
                    - visible.width / 2;
            int y = viewport.getVerticalRangeModel().getMinimum() + (int) Math.round((point.y - area.y) / viewScale)
                    - visible.height / 2;
            viewport.setViewLocation(x, y);
        }

        @Override
        public void mousePressed(MouseEvent event) {
            dragging = true;
            centreOn(event.getLocation());
            event.consume();
        }

        @Override
        public void mouseReleased(MouseEvent event) {
            dragging = false;
        }

        @Override
        public void mouseDoubleClicked(MouseEvent event) {
            // A double-click is two clicks: nothing more to do.
        }

        @Override
        public void mouseDragged(MouseEvent event) {
            if (dragging) {
                centreOn(event.getLocation());
            }
        }
    }
}
