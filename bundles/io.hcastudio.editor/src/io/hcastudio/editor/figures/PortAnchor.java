package io.hcastudio.editor.figures;

import org.eclipse.draw2d.AnchorListener;
import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.IFigure;

/**
 * Where links attach to a port. draw2d's anchors listen to every ancestor of their figure, which puts one
 * listener per port on the diagram layer and makes opening a fabric quadratic in its port count (30 s for
 * 8,000 ports). Ports live in containers that use absolute coordinates, so any move of a host, HCA or switch
 * reaches the port figure itself as a move; listening to the port alone is enough.
 */
public class PortAnchor extends ChopboxAnchor {

    private final FigureListener ownerMoved = figure -> fireAnchorMoved();

    public PortAnchor(IFigure port) {
        super(port);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addAnchorListener(AnchorListener listener) {
        if (listener == null) {
            return;
        }
        if (listeners.isEmpty()) {
            getOwner().addFigureListener(ownerMoved);
        }
        listeners.add(listener);
    }

    @Override
    public void removeAnchorListener(AnchorListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            getOwner().removeFigureListener(ownerMoved);
        }
    }
}
