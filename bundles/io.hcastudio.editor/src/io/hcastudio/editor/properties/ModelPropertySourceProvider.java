package io.hcastudio.editor.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for model objects and for the edit parts (diagram or outline) that show them. */
public class ModelPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;

    public ModelPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
        this.adapterFactory = adapterFactory;
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        Object model = object instanceof EditPart part ? part.getModel() : object;
        return model instanceof EObject eObject ? new ModelPropertySource(eObject, adapterFactory, domain) : null;
    }
}
