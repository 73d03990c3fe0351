package io.hcastudio.editor.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.editparts.AbstractTreeEditPart;

/** A group of like elements in the outline; its members are read when the group is first opened. */
class OutlineGroupTreeEditPart extends AbstractTreeEditPart implements LazyTreePart {

    private boolean expanded;

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getFeature() == group().reference() && isActive()) {
                refreshVisuals();
                refreshChildren();
            }
        }
    };

    private final ModelImages images;

    OutlineGroupTreeEditPart(OutlineGroup group, ModelImages images) {
        super(group);
        this.images = images;
    }

    private OutlineGroup group() {
        return (OutlineGroup) getModel();
    }

    @Override
    public void expand() {
        if (!expanded) {
            expanded = true;
            refreshChildren();
        }
    }

    @Override
    public void activate() {
        super.activate();
        group().owner().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        group().owner().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    protected List<Object> getModelChildren() {
        List<?> elements = group().elements();
        if (!expanded) {
            return elements.isEmpty() ? List.of() : List.of(new ModelTreeEditPart.PendingChildren(group().owner()));
        }
        List<Object> children = new ArrayList<>(elements.size());
        for (Object element : elements) {
            if (element instanceof EObject) {
                children.add(element);
            }
        }
        return children;
    }

    @Override
    protected String getText() {
        return group().label();
    }

    /** The icon of the kind of element the group holds (hosts, switches, links...). */
    @Override
    protected org.eclipse.swt.graphics.Image getImage() {
        try {
            return images.get(io.hcastudio.model.provider.HcaEditPlugin.INSTANCE
                    .getImage("full/obj16/" + group().reference().getEReferenceType().getName()));
        } catch (java.util.MissingResourceException e) {
            // An abstract kind without an icon of its own.
            return null;
        }
    }
}
