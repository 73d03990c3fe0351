package io.hcastudio.editor.policies;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.ResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import io.hcastudio.editor.commands.Containment;
import io.hcastudio.editor.commands.CreateElementCommand;
import io.hcastudio.editor.commands.SetBoundsCommand;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.Port;

/** Creation, move and resize of boxes inside a container (the diagram, a host, an HCA, a switch). */
public class ElementLayoutPolicy extends XYLayoutEditPolicy {

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        if (child.getModel() instanceof NodeElement element && constraint instanceof Rectangle bounds) {
            return new SetBoundsCommand(element, bounds);
        }
        return null;
    }

    @Override
    protected EditPolicy createChildEditPolicy(EditPart child) {
        // Ports sit on their node's strip: selectable, never dragged (dragging a port draws a link).
        return child.getModel() instanceof Port ? new NonResizableEditPolicy() : new ResizableEditPolicy();
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        Object created = request.getNewObject();
        EObject container = (EObject) getHost().getModel();
        if (!(created instanceof EObject element) || !Containment.accepts(container, element)) {
            return null;
        }
        Rectangle bounds = null;
        if (element instanceof NodeElement) {
            bounds = ((Rectangle) getConstraintFor(request)).getCopy();
            // No size dragged out: the element takes its default size.
            bounds.width = Math.max(0, bounds.width);
            bounds.height = Math.max(0, bounds.height);
        }
        return new CreateElementCommand(container, element, bounds);
    }

    @Override
    protected Command getDeleteDependantCommand(org.eclipse.gef.Request request) {
        return null;
    }
}
