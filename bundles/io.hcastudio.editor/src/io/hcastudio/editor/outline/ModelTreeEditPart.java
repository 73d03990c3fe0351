package io.hcastudio.editor.outline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractTreeEditPart;
import org.eclipse.swt.graphics.Image;

import io.hcastudio.editor.policies.ElementComponentPolicy;
import io.hcastudio.model.Topology;

/**
 * A model object in the outline tree; label, icon and children come from its EMF.Edit item provider. Children
 * are read when the item is first expanded (a placeholder keeps the expand arrow until then): building the
 * whole tree of a large fabric up front took longer than drawing its diagram.
 */
public class ModelTreeEditPart extends AbstractTreeEditPart implements LazyTreePart {

    /** Stands for the children of {@code owner} that have not been read yet. */
    record PendingChildren(EObject owner) {
        @Override
        public String toString() {
            return "\u2026";
        }
    }

    private final AdapterFactory adapterFactory;
    private final ModelImages images;
    private boolean expanded;

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && isActive()) {
                refreshVisuals();
                refreshChildren();
            }
        }
    };

    public ModelTreeEditPart(EObject model, AdapterFactory adapterFactory, ModelImages images) {
        super(model);
        this.adapterFactory = adapterFactory;
        this.images = images;
        expanded = model instanceof Topology;
    }

    /** Reads the children, once the user opens the item. */
    @Override
    public void expand() {
        if (!expanded) {
            expanded = true;
            refreshChildren();
        }
    }

    private EObject eObject() {
        return (EObject) getModel();
    }

    @Override
    protected void createEditPolicies() {
        if (!(getModel() instanceof Topology)) {
            installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
        }
    }

    @Override
    public void activate() {
        super.activate();
        eObject().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        eObject().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    protected List<Object> getModelChildren() {
        Object provider = adapterFactory.adapt(getModel(), ITreeItemContentProvider.class);
        if (provider instanceof ITreeItemContentProvider content && !expanded) {
            return content.hasChildren(getModel()) ? List.of(new PendingChildren(eObject())) : List.of();
        }
        if (provider instanceof ITreeItemContentProvider content) {
            Collection<?> children = content.getChildren(getModel());
            Set<Object> objects = new LinkedHashSet<>();
            for (Object child : children) {
                if (child instanceof EObject element) {
                    objects.add(groupOf(element));
                }
            }
            return new ArrayList<>(objects);
        }
        return List.of();
    }

    /** The topology's many-valued contents are shown in groups; everything else as itself. */
    private Object groupOf(EObject child) {
        EReference reference = child.eContainmentFeature();
        if (getModel() instanceof Topology && reference != null && reference.isMany()) {
            return new OutlineGroup(eObject(), reference);
        }
        return child;
    }

    @Override
    protected String getText() {
        Object provider = adapterFactory.adapt(getModel(), IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels.getText(getModel()) : String.valueOf(getModel());
    }

    @Override
    protected Image getImage() {
        Object provider = adapterFactory.adapt(getModel(), IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? images.get(labels.getImage(getModel())) : null;
    }
}
