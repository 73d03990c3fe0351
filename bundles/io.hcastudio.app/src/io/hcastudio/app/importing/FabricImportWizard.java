package io.hcastudio.app.importing;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * File → Import Fabric…: the import runs as a job (progress in the status bar, cancellable);
 * when it succeeds the topology opens, already laid out by the importer.
 */
public class FabricImportWizard extends Wizard {

    private final FabricImportPage page = new FabricImportPage();
    private final Function<Path, IStatus> opener;

    /** @param opener opens the saved topology in an editor and says whether that worked */
    public FabricImportWizard(Function<Path, IStatus> opener) {
        this.opener = opener;
        setWindowTitle("Import Fabric");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        FabricImportRequest request = page.request();
        Shell parent = getShell().getParent() instanceof Shell shell ? shell : getShell();
        Display display = getShell().getDisplay();
        FabricImportJob job = new FabricImportJob(request);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                IStatus status = event.getResult();
                display.asyncExec(() -> reportAndOpen(parent, request, status));
            }
        });
        job.schedule();
        return true;
    }

    private void reportAndOpen(Shell parent, FabricImportRequest request, IStatus status) {
        if (status.getSeverity() == IStatus.CANCEL || parent.isDisposed()) {
            return;
        }
        if (status.getSeverity() == IStatus.ERROR) {
            ErrorDialog.openError(parent, "Import Fabric", null, status);
            return;
        }
        if (!status.isOK()) {
            ErrorDialog.openError(parent, "Import Fabric", null, status, IStatus.WARNING | IStatus.INFO);
        }
        IStatus opened = opener.apply(request.target());
        if (!opened.isOK()) {
            ErrorDialog.openError(parent, "Import Fabric", "The imported topology could not be opened.", opened);
        }
    }
}
