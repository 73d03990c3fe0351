package io.hcastudio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

import io.hcastudio.app.report.ExportReportDialog;
import io.hcastudio.app.report.ReportRequest;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.charts.ResultsCatalog;
import io.hcastudio.charts.ResultsView;

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
            new ExportReportDialog(window.getShell(), request, otherRuns(), window.getActivePage().getDirtyEditors()
                    .length > 0).open();
        }
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
