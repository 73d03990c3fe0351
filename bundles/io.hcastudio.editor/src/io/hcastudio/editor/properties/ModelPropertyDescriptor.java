package io.hcastudio.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** One property row, described by an EMF.Edit item property descriptor, with a cell editor for its type. */
public class ModelPropertyDescriptor extends PropertyDescriptor {

    private final EObject object;
    private final IItemPropertyDescriptor itemDescriptor;

    public ModelPropertyDescriptor(EObject object, IItemPropertyDescriptor itemDescriptor) {
        super(itemDescriptor.getId(object), itemDescriptor.getDisplayName(object));
        this.object = object;
        this.itemDescriptor = itemDescriptor;
        setCategory(itemDescriptor.getCategory(object));
        setDescription(itemDescriptor.getDescription(object));
        setFilterFlags(itemDescriptor.getFilterFlags(object));
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                IItemLabelProvider labels = itemDescriptor.getLabelProvider(object);
                return labels == null ? String.valueOf(value) : labels.getText(value);
            }
        });
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!itemDescriptor.canSetProperty(object) || !(itemDescriptor.getFeature(object) instanceof EStructuralFeature feature)
                || feature.isMany()) {
            return null;
        }
        Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
        if (choices == null && feature instanceof EAttribute attribute) {
            choices = fixedChoices(attribute.getEAttributeType());
        }
        CellEditor editor;
        if (choices != null) {
            editor = new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
        } else if (feature instanceof EAttribute attribute) {
            editor = new ValueCellEditor(parent, attribute.getEAttributeType(), getDisplayName());
        } else {
            return null;
        }
        if (getValidator() != null) {
            editor.setValidator(getValidator());
        }
        return editor;
    }

    private static List<Object> fixedChoices(EDataType type) {
        if (type instanceof EEnum enumeration) {
            List<Object> literals = new ArrayList<>();
            enumeration.getELiterals().forEach(literal -> literals.add(literal.getInstance()));
            return literals;
        }
        if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            return List.of(Boolean.FALSE, Boolean.TRUE);
        }
        return null;
    }

    @Override
    public boolean isCompatibleWith(org.eclipse.ui.views.properties.IPropertyDescriptor other) {
        return other instanceof ModelPropertyDescriptor descriptor && descriptor.getId().equals(getId())
                && descriptor.itemDescriptor.getFeature(descriptor.object) == itemDescriptor.getFeature(object);
    }
}
