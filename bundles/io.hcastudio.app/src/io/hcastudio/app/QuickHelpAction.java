package io.hcastudio.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** Help → Getting Started: what the windows are and the keys that matter most. */
class QuickHelpAction extends Action {

    private static final String TEXT = String.join("\n",
            "HCA Studio models mlx4 SR-IOV hosts and simulates the paravirt MAD",
            "mux/demux of the PF driver (Linux commit 7fd1507df7ce).",
            "",
            "Editor: draw hosts, HCAs, functions, VMs and switches from the palette;",
            "connect ports with the Link tool. The Properties view edits the selection.",
            "",
            "Keys:",
            "  Ctrl+O            open a topology",
            "  Ctrl+S            save (Ctrl+Shift+S: save as)",
            "  Ctrl+Z / Ctrl+Y   undo / redo",
            "  Ctrl+C / Ctrl+V   copy / paste",
            "  Delete            delete the selection",
            "  Ctrl+A            select all",
            "",
            "The command line (hcastudio-cli --help) runs the same scenarios and",
            "writes reports without a display.");

    private final IWorkbenchWindow window;

    QuickHelpAction(IWorkbenchWindow window) {
        super("&Getting Started");
        this.window = window;
        setId("io.hcastudio.app.gettingStarted");
    }

    @Override
    public void run() {
        MessageDialog.openInformation(window.getShell(), "HCA Studio: Getting Started", TEXT);
    }
}
