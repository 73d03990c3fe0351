package io.hcastudio.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.result.PhaseStats;
import io.hcastudio.analysis.result.SessionResult;
import io.hcastudio.analysis.store.StoredRun;

/**
 * cmtime's step table for one run: per phase the connections measured and the min, max and mean step time, first
 * over all sessions, then per session, as cmtime prints it per client.
 */
public class StepTableView extends ViewPart {

    public static final String ID = "io.hcastudio.charts.steps";

    /** One table row. */
    public record Step(String session, String client, PhaseStats phase) {
    }

    private TableViewer viewer;
    private StoredRun result;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Session", 70, SWT.LEFT, Step::session);
        column("Client", 150, SWT.LEFT, Step::client);
        column("Phase", 110, SWT.LEFT, step -> step.phase().phase());
        column("Count", 70, SWT.RIGHT, step -> String.format(Locale.ROOT, "%,d", step.phase().count()));
        column("Min (µs)", 90, SWT.RIGHT, step -> micros(step.phase().minNs()));
        column("Max (µs)", 90, SWT.RIGHT, step -> micros(step.phase().maxNs()));
        column("Mean (µs)", 90, SWT.RIGHT, step -> micros(step.phase().meanNs()));
        column("Total (µs)", 100, SWT.RIGHT, step -> micros(step.phase().totalNs()));
        Action export = new Action("Export CSV data...") {
            @Override
            public void run() {
                exportInteractively();
            }
        };
        export.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        getViewSite().getActionBars().getToolBarManager().add(export);
        getViewSite().getActionBars().getMenuManager().add(export);
    }

    private static String micros(double nanoseconds) {
        return String.format(Locale.ROOT, "%,.1f", nanoseconds / 1000);
    }

    private void column(String title, int width, int alignment, Function<Step, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Step) element);
            }
        });
    }

    public void showRun(StoredRun run) {
        result = run;
        List<Step> steps = new ArrayList<>();
        for (PhaseStats phase : run.run().connections().phases()) {
            steps.add(new Step("all", "", phase));
        }
        List<SessionResult> sessions = run.run().connections().sessions();
        for (int index = 0; index < sessions.size(); index++) {
            for (PhaseStats phase : sessions.get(index).phases()) {
                steps.add(new Step(Integer.toString(index), sessions.get(index).client(), phase));
            }
        }
        viewer.setInput(steps);
        setContentDescription(run.label() + (steps.isEmpty() ? ": no cmtime workload" : ""));
    }

    @SuppressWarnings("unchecked")
    public List<Step> steps() {
        Object input = viewer.getInput();
        return input == null ? List.of() : List.copyOf((List<Step>) input);
    }

    /** Writes the step table of the run shown, with context columns. */
    public void exportCsv(Path file) throws IOException {
        if (result == null) {
            throw new IOException("no run shown");
        }
        int runId = result.run().runId();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ResultsFiles.writeStudy(result.file(), (results, csv) -> CsvExport.phases(results.onlyRun(runId), csv),
                    out);
        }
    }

    private void exportInteractively() {
        if (result == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export cmtime steps as CSV");
        dialog.setOverwrite(true);
        dialog.setFileName(result.definition().name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-run"
                + result.run().runId() + "-steps.csv");
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                exportCsv(Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Export cmtime steps", e.getMessage());
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
