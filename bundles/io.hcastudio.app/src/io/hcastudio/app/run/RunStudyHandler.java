package io.hcastudio.app.run;

import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.model.Topology;

/** Run → Run Study (Ctrl+Shift+R): runs a parameter study of the active topology editor's model. */
public class RunStudyHandler extends TopologyRunHandler {

    public static final String COMMAND_ID = "io.hcastudio.app.run.study";

    @Override
    protected void run(IWorkbenchWindow window, Topology topology) {
        RunStudyDialog dialog = new RunStudyDialog(window.getShell(), topology);
        if (dialog.open() == Window.OK) {
            StudyLauncher.runStudy(window.getActivePage(), topology, dialog.study(), dialog.jobs(),
                    dialog.timingLaws());
        }
    }
}
