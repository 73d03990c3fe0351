package io.hcastudio.app.run;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.editor.TopologyEditor;

/** The topology editor runs start from: the page's active editor, even while a view has the focus. */
final class ActiveTopology {

    private ActiveTopology() {
    }

    /** The active topology editor, or null after telling the user to open one. */
    static TopologyEditor editor(IWorkbenchWindow window) {
        IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        if (active instanceof TopologyEditor editor && editor.getTopology() != null) {
            return editor;
        }
        MessageDialog.openInformation(window.getShell(), "Run",
                "Open a topology (File \u203a Open Topology...) to run its scenarios and studies.");
        return null;
    }
}
