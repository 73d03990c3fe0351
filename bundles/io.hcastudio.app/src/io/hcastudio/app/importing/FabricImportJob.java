package io.hcastudio.app.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.hcastudio.importers.FabricFormat;
import io.hcastudio.importers.FabricImporter;
import io.hcastudio.importers.ImportException;
import io.hcastudio.importers.ImportOptions;
import io.hcastudio.importers.ImportProblem;
import io.hcastudio.importers.ImportResult;
import io.hcastudio.model.resource.HcaTopologyResources;

/**
 * Imports a fabric in the background and saves it as a topology. Parse errors come back as an
 * error status listing every problem with file, line and column; nothing is written then.
 */
public class FabricImportJob extends Job {

    static final String PLUGIN_ID = "io.hcastudio.app";

    private final FabricImportRequest request;
    private volatile ImportResult result;

    public FabricImportJob(FabricImportRequest request) {
        super("Importing " + request.fabric().getFileName());
        this.request = request;
        setUser(true);
        // The wizard reports the outcome in a dialog of its own; the platform must not show a second one.
        setProperty(org.eclipse.ui.progress.IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /** The import result once the job finished with an OK or warning status. */
    public ImportResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + request.fabric().getFileName(), 3);
        ImportOptions options = ImportOptions.defaults().withLenient(request.lenient());
        if (request.overlay() != null) {
            options = options.withOverlay(request.overlay());
        }
        try {
            String text = Files.readString(request.fabric());
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            FabricFormat format = request.format().orElseGet(() -> FabricFormat.detect(text));
            progress.subTask("Parsing " + format.displayName());
            ImportResult imported = FabricImporter.importText(format, text, request.fabric(), options);
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask("Saving " + request.target().getFileName());
            HcaTopologyResources.save(imported.topology(), request.target());
            progress.worked(1);
            result = imported;
            return summarize(imported);
        } catch (ImportException e) {
            if (e.problems().isEmpty()) {
                return Status.error("Nothing was imported: " + e.getMessage(), e);
            }
            return problems(IStatus.ERROR, "Nothing was imported: " + request.fabric() + " has errors.",
                    e.problems());
        } catch (IOException e) {
            return Status.error("Cannot import " + request.fabric() + ": " + e.getMessage(), e);
        }
    }

    private IStatus summarize(ImportResult imported) {
        if (imported.skipped().isEmpty() && imported.warnings().isEmpty()) {
            return Status.OK_STATUS;
        }
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0,
                "Imported " + request.fabric().getFileName() + " with " + imported.skipped().size()
                        + " skipped part(s) and " + imported.warnings().size() + " warning(s).");
        imported.skipped().forEach(problem -> status.add(new Status(IStatus.WARNING, PLUGIN_ID, problem.toString())));
        imported.warnings().forEach(problem -> status.add(new Status(IStatus.INFO, PLUGIN_ID, problem.toString())));
        return status;
    }

    private static IStatus problems(int severity, String message, List<ImportProblem> problems) {
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0, message);
        problems.forEach(problem -> status.add(new Status(severity, PLUGIN_ID, problem.toString())));
        return status;
    }
}
