package io.hcastudio.app;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the files given on the command line, or the built-in example when there are none. */
class HcaStudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupFiles startupFiles;

    HcaStudioWorkbenchAdvisor(StartupFiles startupFiles) {
        this.startupFiles = startupFiles;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HcaStudioPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HcaStudioWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        List<Path> files = startupFiles.existing();
        try {
            if (files.isEmpty()) {
                files = List.of(BuiltInExample.materialize());
            }
        } catch (Exception e) {
            ILog.of(getClass()).log(Status.error("Could not prepare the built-in example", e));
            return;
        }
        TopologyOpener opener = new TopologyOpener(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow());
        for (Path file : files) {
            IStatus status = opener.open(file);
            if (!status.isOK()) {
                ILog.of(getClass()).log(status);
            }
        }
    }
}
