package io.hcastudio.editor.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;

import io.hcastudio.editor.figures.BoxFigure;
import io.hcastudio.editor.policies.ElementComponentPolicy;
import io.hcastudio.editor.policies.ElementLayoutPolicy;
import io.hcastudio.editor.policies.NameDirectEditPolicy;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.DiagramMetrics;

/** A box of the diagram: placed by the model's bounds, deletable, renamable in place. */
public abstract class NodeEditPart extends ModelEditPart {

    public NodeElement getNodeElement() {
        return (NodeElement) getModel();
    }

    public BoxFigure getBoxFigure() {
        return (BoxFigure) getFigure();
    }

    /** Whether this box holds other boxes (and so gets a layout policy). */
    protected abstract boolean isContainer();

    @Override
    public IFigure getContentPane() {
        return getBoxFigure().getContentPane();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameDirectEditPolicy());
        if (isContainer()) {
            installEditPolicy(EditPolicy.LAYOUT_ROLE, new ElementLayoutPolicy());
        }
    }

    @Override
    protected void refreshVisuals() {
        if (getParent() instanceof GraphicalEditPart parent) {
            Bounds bounds = DiagramMetrics.boundsOf(getNodeElement());
            parent.setLayoutConstraint(this, getFigure(), new Rectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()));
        }
    }

    @Override
    protected void modelChanged(Notification notification) {
        super.modelChanged(notification);
        if (notification.getFeature() instanceof org.eclipse.emf.ecore.EStructuralFeature feature
                && (feature.getEContainingClass() == HcaPackage.Literals.NODE_ELEMENT || feature.isMany())) {
            // Containers without an explicit size follow their contents.
            for (EditPart part = getParent(); part instanceof NodeEditPart container; part = part.getParent()) {
                container.refreshVisuals();
            }
        }
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType()) || RequestConstants.REQ_OPEN.equals(request.getType())) {
            new NameEditManager(this, getBoxFigure().getTitle()).show();
        } else {
            super.performRequest(request);
        }
    }

    @Override
    public void showProblems(int severity, String messages) {
        getBoxFigure().setProblem(severity, messages);
    }

    /** The title label, where direct edit happens. */
    public Label getNameLabel() {
        return getBoxFigure().getTitle();
    }

    @SuppressWarnings("unchecked")
    protected static List<Object> children(List<?> first, List<?> second) {
        List<Object> children = new java.util.ArrayList<>(first);
        children.addAll((List<Object>) second);
        return children;
    }
}
