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

/**
 * Sizes the window and, once it is open, opens the startup files or the built-in example. The window title names
 * the active topology's file (and its folder), and every topology opened joins File > Recent Files.
 */
class HcaStudioWindowAdvisor extends WorkbenchWindowAdvisor {

    static final String APPLICATION_TITLE = "HCA Studio";

    private final StartupFiles startupFiles;

    HcaStudioWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupFiles startupFiles) {
        super(configurer);
        this.startupFiles = startupFiles;
    }

    private final org.eclipse.ui.IPropertyListener titleFollower = (source, property) -> {
        if (property == org.eclipse.ui.IWorkbenchPart.PROP_TITLE || property == org.eclipse.ui.IEditorPart.PROP_INPUT
                || property == org.eclipse.ui.IEditorPart.PROP_DIRTY) {
            updateTitle();
            if (source instanceof io.hcastudio.editor.TopologyEditor editor && property == org.eclipse.ui.IEditorPart.PROP_INPUT) {
                remember(editor);
            }
        }
    };

    private final org.eclipse.ui.IPartListener2 editorTracker = new org.eclipse.ui.IPartListener2() {
        @Override
        public void partOpened(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof io.hcastudio.editor.TopologyEditor editor) {
                editor.addPropertyListener(titleFollower);
                remember(editor);
            }
            updateTitle();
        }

        @Override
        public void partClosed(org.eclipse.ui.IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof io.hcastudio.editor.TopologyEditor editor) {
                editor.removePropertyListener(titleFollower);
            }
            updateTitle();
        }

        @Override
        public void partActivated(org.eclipse.ui.IWorkbenchPartReference reference) {
            updateTitle();
        }

        @Override
        public void partBroughtToTop(org.eclipse.ui.IWorkbenchPartReference reference) {
            updateTitle();
        }
    };

    private static void remember(io.hcastudio.editor.TopologyEditor editor) {
        if (editor.getEditorInput() instanceof io.hcastudio.editor.PathEditorInput input && editor.getTopology() != null) {
            RecentFiles.add(input.getFile());
        }
    }

    /** "commit-testbed.hcatopo (/home/me/topologies) - HCA Studio", with "*" while the editor has unsaved edits. */
    static String title(org.eclipse.ui.IEditorPart editor) {
        if (!(editor instanceof io.hcastudio.editor.TopologyEditor topologyEditor)
                || !(topologyEditor.getEditorInput() instanceof io.hcastudio.editor.PathEditorInput input)) {
            return APPLICATION_TITLE;
        }
        Path folder = input.getFile().toAbsolutePath().getParent();
        return (editor.isDirty() ? "*" : "") + input.getFile().getFileName() + (folder == null ? "" : " (" + folder + ")") + " - "
                + APPLICATION_TITLE;
    }

    private void updateTitle() {
        org.eclipse.ui.IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        getWindowConfigurer().setTitle(title(page == null ? null : page.getActiveEditor()));
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new HcaStudioActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // Nine tenths of the screen (at least 1280 x 900, at most 1920 x 1200), so that the test bed opens whole at a
        // readable zoom; a window as large as the screen would be taken for a maximised one by window managers.
        org.eclipse.swt.graphics.Rectangle screen = org.eclipse.swt.widgets.Display.getCurrent().getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.max(Math.min(1280, screen.width), Math.min(1920, screen.width * 9 / 10)),
                Math.max(Math.min(900, screen.height), Math.min(1200, screen.height * 9 / 10))));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(APPLICATION_TITLE);
    }

    @Override
    public void postWindowOpen() {
        org.eclipse.ui.IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (page != null) {
            page.addPartListener(editorTracker);
        }
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
