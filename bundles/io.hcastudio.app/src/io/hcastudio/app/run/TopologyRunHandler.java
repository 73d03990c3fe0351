package io.hcastudio.app.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.model.Topology;

/**
 * A Run menu command on the topology runs start from: the page's active editor, even while a view has the focus.
 * Without one the user is told to open a topology.
 */
abstract class TopologyRunHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IEditorPart active = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        if (active instanceof TopologyEditor editor && editor.getTopology() != null) {
            run(window, editor.getTopology());
        } else {
            MessageDialog.openInformation(window.getShell(), "Run",
                    "Open a topology (File \u203a Open Topology...) to run its scenarios and studies.");
        }
        return null;
    }

    /** Asks what to run in {@code topology} and starts it. */
    protected abstract void run(IWorkbenchWindow window, Topology topology);
}
