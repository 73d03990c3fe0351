package io.hcastudio.editor.properties;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of model values (enum literals, booleans, referenced objects) that hands out the values themselves. */
class ChoiceCellEditor extends ComboBoxCellEditor {

    private final List<Object> choices;

    ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
        super(parent, labelsOf(choices, labels), SWT.READ_ONLY);
        this.choices = choices;
    }

    private static String[] labelsOf(List<Object> choices, ILabelProvider labels) {
        String[] texts = new String[choices.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = choices.get(i) == null ? "" : labels.getText(choices.get(i));
        }
        return texts;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < choices.size() ? choices.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Math.max(0, choices.indexOf(value)));
    }
}
