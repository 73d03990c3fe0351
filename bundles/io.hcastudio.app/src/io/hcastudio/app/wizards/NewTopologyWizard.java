package io.hcastudio.app.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;

import io.hcastudio.app.DialogFolders;
import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Topology;
import io.hcastudio.model.resource.HcaTopologyResources;

/** File > New > Topology: an empty topology file, saved where the user says and opened in the editor. */
public class NewTopologyWizard extends Wizard implements INewWizard {

    public static final String ID = "io.hcastudio.app.newTopology";

    private IWorkbench workbench;
    private NewTopologyPage page;

    public NewTopologyWizard() {
        setWindowTitle("New Topology");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewTopologyPage(DialogFolders.startFolder(null));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        try {
            create(file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "New Topology", "The topology could not be created at " + file + ".\n\n" + e.getMessage());
            return false;
        }
        DialogFolders.remember(file);
        try {
            workbench.getActiveWorkbenchWindow().getActivePage().openEditor(new PathEditorInput(file), TopologyEditor.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New Topology", "The new topology was saved to " + file + " but could not be opened.\n\n"
                    + e.getMessage());
        }
        return true;
    }

    /** Writes an empty topology named after the file (without .hcatopo) to {@code file}, which must not exist. */
    public static Topology create(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists already.");
        }
        Topology topology = HcaFactory.eINSTANCE.createTopology();
        String name = file.getFileName().toString();
        topology.setName(name.endsWith(".hcatopo") ? name.substring(0, name.length() - ".hcatopo".length()) : name);
        HcaTopologyResources.save(topology, file);
        return topology;
    }
}
