package io.hcastudio.app;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.hcastudio.charts.StudioPreferences;

/** The workbench of HCA Studio: its perspective and the window that opens the startup files. */
class HcaStudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final StartupFiles startupFiles;

    HcaStudioWorkbenchAdvisor(StartupFiles startupFiles) {
        this.startupFiles = startupFiles;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
        StudioPreferences.followChartPalette();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HcaStudioPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HcaStudioWindowAdvisor(configurer, startupFiles);
    }
}
