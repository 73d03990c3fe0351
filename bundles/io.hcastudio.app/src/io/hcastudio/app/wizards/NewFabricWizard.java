package io.hcastudio.app.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;

import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.model.Topology;
import io.hcastudio.model.generate.FatTree;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * File > New > Fabric…: a generated two-level fat tree ({@link FatTree}, the generator of
 * {@code hcastudio-cli generate fat-tree}), saved where the user says and opened in the topology editor.
 */
public class NewFabricWizard extends Wizard implements INewWizard {

    public static final String ID = "io.hcastudio.app.newFabric";

    private IWorkbench workbench;
    private NewFabricPage page;

    public NewFabricWizard() {
        setWindowTitle("New Fabric");
        setNeedsProgressMonitor(true);
        setHelpAvailable(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new NewFabricPage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        FatTree.Spec spec = page.spec();
        try {
            // A thousand hosts take a second or two to build and lay out; the page shows the progress.
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Generating " + spec.hosts() + " hosts", IProgressMonitor.UNKNOWN);
                try {
                    create(file, spec);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(getShell(), "New Fabric", "The fabric could not be written to " + file + ".\n\n"
                    + cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (workbench != null) {
            try {
                workbench.getActiveWorkbenchWindow().getActivePage().openEditor(new PathEditorInput(file),
                        TopologyEditor.ID);
            } catch (PartInitException e) {
                MessageDialog.openError(getShell(), "New Fabric", "The fabric was saved to " + file
                        + " but could not be opened.\n\n" + e.getMessage());
            }
        }
        return true;
    }

    /** Writes the fat tree named after the file (without .hcatopo) to {@code file}, which must not exist. */
    public static Topology create(Path file, FatTree.Spec spec) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists already.");
        }
        String name = file.getFileName().toString();
        Topology topology = FatTree.build(name.endsWith(".hcatopo")
                ? name.substring(0, name.length() - ".hcatopo".length()) : name, spec);
        HcaTopologyResources.save(topology, file);
        return topology;
    }
}
