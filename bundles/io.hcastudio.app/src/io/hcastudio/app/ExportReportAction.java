package io.hcastudio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.app.report.ExportReportDialog;
import io.hcastudio.app.report.ReportRequest;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.charts.ResultsCatalog;
import io.hcastudio.charts.ResultsView;
import io.hcastudio.editor.PathEditorInput;
import io.hcastudio.editor.TopologyEditor;

/**
 * File → Export → Report…: a report of the runs selected in the Results view (one run, two runs before/after, or
 * every run of a study), or, with nothing selected there, of results files chosen on disk.
 */
class ExportReportAction extends Action {

    private final IWorkbenchWindow window;

    ExportReportAction(IWorkbenchWindow window) {
        super("&Report...");
        setId("io.hcastudio.app.exportReport");
        setToolTipText("Write a text, Markdown or HTML report of runs, a before/after comparison or a study");
        this.window = window;
    }

    @Override
    public void run() {
        ResultsView results = (ResultsView) window.getActivePage().findView(ResultsView.ID);
        List<ResultsView.Row> selected = results == null ? List.of() : results.selectedRows();
        ReportRequest request = selected.isEmpty() ? chooseFiles() : ReportRequest.ofRows(selected);
        if (request != null) {
            new ExportReportDialog(window.getShell(), request, otherRuns(), unsavedModels()).open();
        }
    }

    /** File names of the topologies with unsaved edits in this window's editors. */
    private Set<String> unsavedModels() {
        Set<String> names = new TreeSet<>();
        for (IEditorPart editor : window.getActivePage().getDirtyEditors()) {
            if (editor instanceof TopologyEditor && editor.getEditorInput() instanceof PathEditorInput input) {
                names.add(input.getFile().getFileName().toString());
            }
        }
        return names;
    }

    /** Every run listed in the Results view, to be checked for the comparison. */
    static List<ExportReportDialog.Choice> otherRuns() {
        List<ExportReportDialog.Choice> choices = new ArrayList<>();
        for (ResultsCatalog.Entry entry : ResultsCatalog.getDefault().entries()) {
            for (RunRecord run : entry.runs()) {
                choices.add(new ExportReportDialog.Choice(entry.file().getFileName() + ": " + entry.definition()
                        .name() + ", run " + run.runId() + ", profile " + run.profile(),
                        new StoredReports.Selection(entry.file(), List.of(run.runId()))));
            }
        }
        return choices;
    }

    /** Results files picked on disk, the first "before"; null when the choice was cancelled. */
    private ReportRequest chooseFiles() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Report on Results Files (the first is \"before\")");
        dialog.setFilterExtensions(new String[] {"*.sqlite", "*"});
        if (dialog.open() == null) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        return ReportRequest.ofFiles(files);
    }
}
