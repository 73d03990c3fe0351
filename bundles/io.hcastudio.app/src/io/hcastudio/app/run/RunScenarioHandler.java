package io.hcastudio.app.run;

import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.model.Topology;

/** Run → Run Scenario (Ctrl+R): runs a scenario of the active topology editor's model. */
public class RunScenarioHandler extends TopologyRunHandler {

    public static final String COMMAND_ID = "io.hcastudio.app.run.scenario";

    @Override
    protected void run(IWorkbenchWindow window, Topology topology) {
        RunScenarioDialog dialog = new RunScenarioDialog(window.getShell(), topology);
        if (dialog.open() == Window.OK) {
            StudyLauncher.runScenario(window.getActivePage(), topology, dialog.scenario(), dialog.overrides(),
                    dialog.timingLaws(), dialog.trace());
        }
    }
}
