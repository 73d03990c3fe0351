package io.hcastudio.editor.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.operations.TimingDistributions;

/**
 * The Properties view's face of a model object, built on the EMF.Edit item property descriptors (labels,
 * categories, choices, read-only flags all come from the .edit bundle). Values are changed through EMF
 * {@link SetCommand}s; the view's {@link org.eclipse.gef.ui.properties.UndoablePropertySheetEntry} wraps each
 * edit, for all selected objects together, into one command on the editor's command stack.
 */
public class ModelPropertySource implements IPropertySource2 {

    private final EObject object;
    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;

    public ModelPropertySource(EObject object, AdapterFactory adapterFactory, EditingDomain domain) {
        this.object = object;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    private List<IItemPropertyDescriptor> itemDescriptors() {
        Object source = adapterFactory.adapt(object, IItemPropertySource.class);
        if (source instanceof IItemPropertySource propertySource) {
            List<IItemPropertyDescriptor> descriptors = propertySource.getPropertyDescriptors(object);
            return descriptors == null ? List.of() : descriptors;
        }
        return List.of();
    }

    private IItemPropertyDescriptor itemDescriptor(Object id) {
        for (IItemPropertyDescriptor descriptor : itemDescriptors()) {
            if (descriptor.getId(object).equals(id)) {
                return descriptor;
            }
        }
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (IItemPropertyDescriptor descriptor : itemDescriptors()) {
            descriptors.add(new ModelPropertyDescriptor(object, descriptor));
            if (object instanceof TimingParameters && descriptor.getFeature(object) instanceof EAttribute attribute
                    && TimingDistributions.parameter(attribute.getName()) != null) {
                descriptors.add(new TimingLawDescriptor(attribute, descriptor.getDisplayName(object)));
            }
        }
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof TimingLawDescriptor.Id law && object instanceof TimingParameters timing) {
            return TimingLawDescriptor.value(timing, law);
        }
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        if (id instanceof TimingLawDescriptor.Id law && object instanceof TimingParameters timing) {
            return TimingDistributions.find(timing, law.attribute().getName()) != null;
        }
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public boolean isPropertyResettable(Object id) {
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        return descriptor != null && descriptor.canSetProperty(object) && descriptor.getFeature(object) instanceof EStructuralFeature feature
                && feature.isUnsettable();
    }

    @Override
    public void resetPropertyValue(Object id) {
        apply(id, SetCommand.UNSET_VALUE);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        apply(id, value);
    }

    private void apply(Object id, Object value) {
        if (id instanceof TimingLawDescriptor.Id law && object instanceof TimingParameters timing) {
            Command command = value instanceof String text ? TimingLawDescriptor.command(domain, timing, law, text) : null;
            if (command != null && command.canExecute()) {
                command.execute();
            }
            return;
        }
        IItemPropertyDescriptor descriptor = itemDescriptor(id);
        if (descriptor == null || !descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return;
        }
        Command command = SetCommand.create(domain, object, feature, value);
        if (command.canExecute()) {
            command.execute();
        }
    }
}
