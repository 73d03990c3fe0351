package io.hcastudio.editor.tests;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.ui.properties.UndoablePropertySheetEntry;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetEntry;

/**
 * Edits a property the way the Properties view does: through GEF's undoable root entry, the row's cell editor
 * and applyEditorValue, so the edit lands on the command stack as the view would put it there.
 */
final class PropertySheetDriver {

    private PropertySheetDriver() {
    }

    static void edit(CommandStack stack, IPropertySourceProvider provider, Object[] selection, String displayName, Object value) {
        UndoablePropertySheetEntry root = new UndoablePropertySheetEntry(stack);
        root.setPropertySourceProvider(provider);
        root.setValues(selection);
        Shell shell = new Shell(Display.getCurrent());
        try {
            for (IPropertySheetEntry child : root.getChildEntries()) {
                if (child.getDisplayName().equals(displayName)) {
                    CellEditor editor = child.getEditor(shell);
                    editor.setValue(value);
                    ((PropertySheetEntry) child).applyEditorValue();
                    return;
                }
            }
            throw new AssertionError("no property '" + displayName + "'");
        } finally {
            root.dispose();
            shell.dispose();
        }
    }
}
