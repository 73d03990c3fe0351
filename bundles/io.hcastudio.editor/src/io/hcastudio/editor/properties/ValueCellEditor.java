package io.hcastudio.editor.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Text entry for a data-typed value (numbers, GUIDs, strings): shows the value in the model's own text form
 * and refuses text that does not convert, with the converter's message.
 */
class ValueCellEditor extends TextCellEditor {

    private final EDataType type;

    ValueCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            try {
                // The sheet hands in the model value first, the typed text afterwards.
                if (value instanceof String text) {
                    EcoreUtil.createFromString(type, text);
                }
                return null;
            } catch (RuntimeException e) {
                return e.getMessage() == null ? "not a valid " + type.getName() : e.getMessage();
            }
        });
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
    }
}
