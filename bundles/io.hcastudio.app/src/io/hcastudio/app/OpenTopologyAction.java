package io.hcastudio.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;

/** File → Open…: asks for a .hcatopo file and opens it in the topology editor. */
class OpenTopologyAction extends Action {

    static final String COMMAND_ID = "io.hcastudio.app.openTopology";

    private final IWorkbenchWindow window;

    OpenTopologyAction(IWorkbenchWindow window) {
        super("&Open Topology...");
        this.window = window;
        setId(COMMAND_ID);
        setActionDefinitionId(COMMAND_ID);
        setToolTipText("Open a topology file (.hcatopo)");
        setImageDescriptor(window.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Topology");
        dialog.setFilterExtensions(new String[] { "*.hcatopo", "*" });
        dialog.setFilterNames(new String[] { "HCA Studio topologies (*.hcatopo)", "All files" });
        dialog.setFilterPath(DialogFolders.startFolder(null).toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        DialogFolders.remember(Path.of(chosen));
        IStatus status = new TopologyOpener(window).open(Path.of(chosen));
        if (!status.isOK()) {
            ErrorDialog.openError(window.getShell(), "Open Topology", "The topology could not be opened.", status);
        }
    }
}
