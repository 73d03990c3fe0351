package io.hcastudio.app;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sizes the window and, once it is open, opens the startup files or the built-in example. */
class HcaStudioWindowAdvisor extends WorkbenchWindowAdvisor {

    private final StartupFiles startupFiles;

    HcaStudioWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupFiles startupFiles) {
        super(configurer);
        this.startupFiles = startupFiles;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new HcaStudioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 900));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("HCA Studio");
    }

    @Override
    public void postWindowOpen() {
        List<Path> files = startupFiles.existing();
        if (files.isEmpty()) {
            try {
                files = List.of(BuiltInExample.materialize());
            } catch (Exception | LinkageError e) {
                ILog.of(getClass()).log(Status.error("Could not prepare the built-in example", e));
                return;
            }
        }
        TopologyOpener opener = new TopologyOpener(getWindowConfigurer().getWindow());
        for (Path file : files) {
            IStatus status = opener.open(file);
            if (!status.isOK()) {
                ILog.of(getClass()).log(status);
            }
        }
    }
}
