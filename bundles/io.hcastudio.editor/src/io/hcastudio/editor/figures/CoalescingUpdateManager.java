package io.hcastudio.editor.figures;

import org.eclipse.draw2d.DeferredUpdateManager;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * draw2d's update manager, which repaints the whole canvas once more than {@value #MAX_DIRTY_FIGURES} figures asked
 * for a repaint in one update. draw2d keeps every figure that asks (a map entry each) and at the next update walks
 * each one up to the root to find the damaged area: opening a 10,000-node fabric adds and lays out some 180,000
 * figures, each asking at least once, and that walk was a tenth of the opening's UI time. Past the bound the answer
 * is the whole canvas anyway. Listeners of the painting ({@code DiagramThumbnail}) still see the figures that asked
 * first, with the canvas's root figure.
 */
public final class CoalescingUpdateManager extends DeferredUpdateManager {

    /** Beyond this many repaint requests in one update the whole canvas is repainted. */
    static final int MAX_DIRTY_FIGURES = 1_000;

    private IFigure root;
    private int requests;
    private boolean wholeCanvasDirty;

    @Override
    public void setRoot(IFigure figure) {
        root = figure;
        super.setRoot(figure);
    }

    @Override
    public synchronized void addDirtyRegion(IFigure figure, int x, int y, int width, int height) {
        if (wholeCanvasDirty || width == 0 || height == 0 || !figure.isShowing()) {
            // Painted already, or nothing to paint (draw2d drops these too): not a request that counts.
            return;
        }
        super.addDirtyRegion(figure, x, y, width, height);
        if (++requests > MAX_DIRTY_FIGURES && root != null) {
            wholeCanvasDirty = true;
            Rectangle canvas = root.getBounds();
            super.addDirtyRegion(root, canvas.x, canvas.y, canvas.width, canvas.height);
        }
    }

    @Override
    protected void repairDamage() {
        // Requests made while the damage is painted belong to the next update.
        requests = 0;
        wholeCanvasDirty = false;
        super.repairDamage();
    }
}
