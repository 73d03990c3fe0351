package io.hcastudio.editor.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Text entry for a data-typed value (numbers, GUIDs, strings): shows the value in the model's own text form
 * and refuses text that does not convert, saying in words what the property takes ("Port count must be a whole
 * number, such as 36; "abc" is not one"). Ranges are the validation rules' business: they explain a value out of
 * range after the edit, in the Topology Problems view.
 */
class ValueCellEditor extends TextCellEditor {

    private final EDataType type;

    ValueCellEditor(Composite parent, EDataType type, String displayName) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            try {
                // The sheet hands in the model value first, the typed text afterwards.
                if (value instanceof String text) {
                    EcoreUtil.createFromString(type, text.trim());
                }
                return null;
            } catch (RuntimeException e) {
                return inWords(displayName, type, (String) value, e);
            }
        });
    }

    /** What the property takes, in words, for text that does not convert. */
    static String inWords(String displayName, EDataType type, String text, RuntimeException problem) {
        Class<?> instance = type.getInstanceClass();
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        String quoted = "\"" + (shown.length() > 40 ? shown.substring(0, 40) + "\u2026" : shown) + "\"";
        String what;
        if ("Guid".equals(type.getName())) {
            what = "a GUID of up to 16 hexadecimal digits, such as 0x0002c90300000200";
        } else if (instance == int.class || instance == long.class || instance == short.class || instance == Integer.class
                || instance == Long.class || instance == Short.class) {
            what = "a whole number, such as " + (instance == long.class || instance == Long.class ? "20000" : "36");
        } else if (instance == double.class || instance == float.class || instance == Double.class || instance == Float.class) {
            what = "a number, such as 2.5";
        } else {
            return displayName + ": " + (problem.getMessage() == null ? quoted + " is not a valid " + type.getName() : problem.getMessage());
        }
        return displayName + " must be " + what + "; " + quoted + " is not one.";
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        try {
            return EcoreUtil.createFromString(type, text.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
    }
}
