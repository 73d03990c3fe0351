package io.hcastudio.editor.parts;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * Base of the diagram's edit parts: listens to its model object while active and refreshes on change.
 */
public abstract class ModelEditPart extends AbstractGraphicalEditPart implements ProblemDisplay {

    private final Adapter modelListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && isActive()) {
                modelChanged(notification);
            }
        }
    };

    protected EObject eObject() {
        return (EObject) getModel();
    }

    @Override
    public void activate() {
        super.activate();
        eObject().eAdapters().add(modelListener);
    }

    @Override
    public void deactivate() {
        eObject().eAdapters().remove(modelListener);
        super.deactivate();
    }

    /** Reacts to a change of the model object; by default redraws and re-reads the children. */
    protected void modelChanged(Notification notification) {
        refreshVisuals();
        refreshChildren();
    }

    /** The diagram part at the top of this viewer's contents. */
    protected DiagramEditPart diagram() {
        return (DiagramEditPart) getViewer().getContents();
    }
}
