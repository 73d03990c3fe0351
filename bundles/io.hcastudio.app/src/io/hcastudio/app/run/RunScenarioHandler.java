package io.hcastudio.app.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.hcastudio.editor.TopologyEditor;

/** Run → Run Scenario (Ctrl+R): runs a scenario of the active topology editor's model. */
public class RunScenarioHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.hcastudio.app.run.scenario";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        TopologyEditor editor = ActiveTopology.editor(window);
        if (editor == null) {
            return null;
        }
        RunScenarioDialog dialog = new RunScenarioDialog(window.getShell(), editor.getTopology());
        if (dialog.open() == Window.OK) {
            StudyLauncher.runScenario(window.getActivePage(), editor.getTopology(), dialog.scenario(),
                    dialog.overrides());
        }
        return null;
    }
}
