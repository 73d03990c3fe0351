package io.hcastudio.app.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hcastudio.editor.TopologyEditor;

/** Run → Run Study (Ctrl+Shift+R): runs a parameter study of the active topology editor's model. */
public class RunStudyHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.hcastudio.app.run.study";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        TopologyEditor editor = ActiveTopology.editor(window);
        if (editor == null) {
            return null;
        }
        RunStudyDialog dialog = new RunStudyDialog(window.getShell(), editor.getTopology());
        if (dialog.open() == Window.OK) {
            StudyLauncher.runStudy(window.getActivePage(), editor.getTopology(), dialog.study(), dialog.jobs());
        }
        return null;
    }
}
