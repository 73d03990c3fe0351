package io.hcastudio.editor.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.NodeElement;
import io.hcastudio.model.layout.DiagramMetrics;

/** Moves and/or resizes one box. */
public class SetBoundsCommand extends ModelCommand {

    private final NodeElement element;
    private final Rectangle bounds;

    public SetBoundsCommand(NodeElement element, Rectangle bounds) {
        super(isMove(element, bounds) ? "Move" : "Resize");
        this.element = element;
        this.bounds = bounds.getCopy();
    }

    private static boolean isMove(NodeElement element, Rectangle bounds) {
        return element == null || element.getWidth() == bounds.width && element.getHeight() == bounds.height;
    }

    @Override
    public boolean canExecute() {
        return element != null && bounds.width >= 0 && bounds.height >= 0;
    }

    @Override
    protected EObject scope() {
        return element;
    }

    @Override
    protected void apply() {
        element.setX(bounds.x);
        element.setY(bounds.y);
        element.setWidth(bounds.width);
        element.setHeight(bounds.height);
        // Moved or grown past its container's edge: the container grows rather than cut the box off.
        DiagramMetrics.growToFit(element.eContainer());
    }
}
