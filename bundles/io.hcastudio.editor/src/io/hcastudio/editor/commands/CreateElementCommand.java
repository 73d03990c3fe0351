package io.hcastudio.editor.commands;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.hcastudio.model.NodeElement;
import io.hcastudio.model.layout.DiagramMetrics;
import io.hcastudio.model.templates.NewElements;

/**
 * Adds a new element (possibly a whole template subtree) to a container, at a place in the diagram; the container
 * grows to hold it.
 */
public class CreateElementCommand extends ModelCommand {

    private final EObject parent;
    private final EObject element;
    private final Rectangle bounds;

    /** {@code bounds} may be null (ports and other elements without a box), or have width/height 0 for default size. */
    public CreateElementCommand(EObject parent, EObject element, Rectangle bounds) {
        super("Create " + (element == null ? "element" : element.eClass().getName()));
        this.parent = parent;
        this.element = element;
        this.bounds = bounds == null ? null : bounds.getCopy();
    }

    @Override
    public boolean canExecute() {
        return parent != null && element != null && element.eContainer() == null && Containment.accepts(parent, element);
    }

    @Override
    protected EObject scope() {
        return parent;
    }

    @Override
    protected void apply() {
        NewElements.prepare(parent, element);
        if (bounds != null && element instanceof NodeElement node) {
            node.setX(bounds.x);
            node.setY(bounds.y);
            node.setWidth(Math.max(0, bounds.width));
            node.setHeight(Math.max(0, bounds.height));
        }
        EReference reference = Containment.referenceFor(parent, element.eClass());
        Containment.listOf(parent, reference).add(element);
        // A container with a size of its own grows to hold the new box, and so do the containers around it.
        DiagramMetrics.growToFit(parent);
    }

    public EObject getElement() {
        return element;
    }
}
