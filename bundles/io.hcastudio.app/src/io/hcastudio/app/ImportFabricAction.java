package io.hcastudio.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.app.importing.FabricImportWizard;

/** File → Import Fabric…: ibnetdiscover output or an ibsim net file, plus an SR-IOV overlay. */
class ImportFabricAction extends Action {

    private final IWorkbenchWindow window;

    ImportFabricAction(IWorkbenchWindow window) {
        super("Import &Fabric...");
        setId("io.hcastudio.app.importFabric");
        setToolTipText("Import ibnetdiscover output or an ibsim net file as a topology");
        this.window = window;
    }

    @Override
    public void run() {
        TopologyOpener opener = new TopologyOpener(window);
        new WizardDialog(window.getShell(), new FabricImportWizard(opener::open)).open();
    }
}
