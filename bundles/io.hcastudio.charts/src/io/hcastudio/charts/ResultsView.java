package io.hcastudio.charts;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StoredRun;
import io.hcastudio.analysis.store.StudySnapshot;

/**
 * Every run of the session's runs and studies, and of results files opened again, with its key figures: drops by
 * cause, connections failed and delayed, largest ring and CQ occupancy. Click a column to sort, type to filter,
 * click a run to show its charts (and its study's sweep), select two runs to compare them (the sweeps of two studies
 * overlaid); the context menu opens, compares, opens the timeline of a run recorded with a trace, exports, reveals
 * and deletes. Below,
 * every sweep point with its replications summarised ({@link PointTable}).
 */
public class ResultsView extends ViewPart {

    public static final String ID = "io.hcastudio.charts.results";

    /** One table row: a stored run of a catalog entry. */
    public record Row(ResultsCatalog.Entry entry, RunRecord run) {
    }

    private static final RunMetric[] FIGURES = {RunMetric.DROPS_D1, RunMetric.DROPS_D2, RunMetric.DROPS_D3,
        RunMetric.DROPS_D4, RunMetric.DROPS_D5, RunMetric.DROPS_D6, RunMetric.DROPS_ALL_CAUSES,
        RunMetric.CONNECTIONS_FAILED, RunMetric.CONNECTIONS_DELAYED, RunMetric.MAX_WIRE_RING,
        RunMetric.MAX_TUNNEL_RING, RunMetric.MAX_CQ};

    private TableViewer viewer;
    private PointTable points;
    private Label status;
    private String filterText = "";
    private Comparator<Row> order = Comparator.comparing((Row row) -> 0);
    private final Consumer<ResultsCatalog.Entry> catalogListener = entry -> refresh();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Filter:");
        Text filter = new Text(parent, SWT.BORDER | SWT.SEARCH);
        filter.setMessage("study, profile, parameter or state");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, event -> {
            filterText = filter.getText().trim().toLowerCase(Locale.ROOT);
            viewer.refresh();
        });
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        SashForm tables = new SashForm(parent, SWT.VERTICAL);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer = new TableViewer(tables, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        textColumn("Study", 150, row -> row.entry().definition().name());
        textColumn("State", 80, row -> row.entry().state().label());
        numberColumn("Run", 45, row -> row.run().runId());
        textColumn("Profile", 55, row -> row.run().profile());
        textColumn("Parameters", 150, row -> parameters(row.run()));
        column("Seed", 90, SWT.RIGHT, row -> Long.toString(row.entry().definition().baseSeed()),
                Comparator.comparingLong(row -> row.entry().definition().baseSeed()))
                .getColumn().setToolTipText("The seed the run settings or the Run Scenario dialog gave");
        column("Run seed", 140, SWT.RIGHT, row -> hex(row.run().seed()), Comparator.comparing(row -> hex(row
                .run().seed()))).getColumn().setToolTipText("The seed this run drew from, derived from the seed "
                        + "given, its sweep point and replication");
        for (RunMetric metric : FIGURES) {
            numberColumn(heading(metric), 70, row -> metric.valueOf(row.run())).getColumn()
                    .setToolTipText(metric.label());
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer unused, Object first, Object second) {
                return order.compare((Row) first, (Row) second);
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer unused, Object parent, Object element) {
                Row row = (Row) element;
                return filterText.isEmpty() || (row.entry().definition().name() + " " + row.entry().state().label()
                        + " " + row.run().profile() + " " + parameters(row.run())).toLowerCase(Locale.ROOT)
                        .contains(filterText);
            }
        });
        viewer.addDoubleClickListener(event -> selectedRows().stream().findFirst().ifPresent(this::openCharts));
        viewer.addSelectionChangedListener(event -> selectionChanged());
        points = new PointTable(tables);
        tables.setWeights(3, 2);
        contributeActions();
        contributeContextMenu();
        ResultsCatalog.getDefault().addListener(catalogListener);
        refresh();
    }

    private static String heading(RunMetric metric) {
        return metric.heading();
    }

    /** The swept parameters by their display names: {@code issue cost 5000}. */
    private static String parameters(RunRecord run) {
        List<String> values = new ArrayList<>();
        run.parameters().forEach((key, value) -> values.add(SweptParameter.displayName(key) + " " + value));
        return String.join(", ", values);
    }

    /** A derived seed as the 16 hex digits of its 64 bits, as engines print seeds. */
    static String hex(long seed) {
        return String.format(Locale.ROOT, "0x%016x", seed);
    }

    /** {@code 1 run}, {@code 3 runs}. */
    static String runs(int count) {
        return count + (count == 1 ? " run" : " runs");
    }

    private TableViewerColumn textColumn(String title, int width, Function<Row, String> text) {
        return column(title, width, SWT.LEFT, text::apply, Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
    }

    private TableViewerColumn numberColumn(String title, int width, Function<Row, Number> number) {
        return column(title, width, SWT.RIGHT, row -> String.format(Locale.ROOT, "%,d", number.apply(row).longValue()),
                Comparator.comparingLong(row -> number.apply(row).longValue()));
    }

    private TableViewerColumn column(String title, int width, int alignment, Function<Row, String> text,
            Comparator<Row> sort) {
        TableViewerColumn column = TextColumns.add(viewer, Row.class, title, width, alignment, text);
        column.getColumn().addListener(SWT.Selection, event -> sortBy(column.getColumn(), sort));
        return column;
    }

    /** One run selected: its charts show; two: they are compared (and their sweeps overlaid when both are studies). */
    private void selectionChanged() {
        List<Row> selected = selectedRows();
        if (selected.size() == 1) {
            openCharts(selected.get(0));
        } else if (selected.size() == 2) {
            compareSelection();
        }
    }

    /** Open, compare, export, delete and reveal, on the selected rows. */
    private void contributeContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            List<Row> selected = selectedRows();
            manager.add(enabled(new Action("&Open Charts") {
                @Override
                public void run() {
                    openCharts(selectedRows().get(0));
                }
            }, selected.size() == 1));
            manager.add(enabled(new Action("&Compare") {
                @Override
                public void run() {
                    compareSelection();
                }
            }, selected.size() == 2));
            manager.add(enabled(new Action("Open &Timeline") {
                @Override
                public void run() {
                    openTimeline();
                }
            }, selected.size() == 1 && TimelineView.traceOf(selected.get(0).entry().file(),
                    selected.get(0).run().runId()) != null));
            manager.add(new Separator());
            manager.add(enabled(new Action("&Export Runs as CSV...") {
                @Override
                public void run() {
                    exportSelectionInteractively();
                }
            }, !selected.isEmpty()));
            manager.add(enabled(new Action("&Reveal Results File") {
                @Override
                public void run() {
                    reveal(selectedRows().get(0).entry().file());
                }
            }, selected.size() == 1));
            manager.add(new Separator());
            manager.add(enabled(new Action("&Delete Results File...") {
                @Override
                public void run() {
                    deleteInteractively(selectedRows().stream().map(Row::entry).distinct().toList());
                }
            }, !selected.isEmpty()));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private static Action enabled(Action action, boolean enabled) {
        action.setEnabled(enabled);
        return action;
    }

    /** Opens the folder holding {@code file} in the desktop's file manager. */
    private void reveal(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Program.launch(folder.toString())) {
            MessageDialog.openInformation(getSite().getShell(), "Reveal Results File",
                    "The results file is " + file.toAbsolutePath());
        }
    }

    /** Asks, then removes the studies from the list and deletes their results files. */
    private void deleteInteractively(List<ResultsCatalog.Entry> entries) {
        String names = String.join("\n", entries.stream().map(entry -> entry.file().toString()).toList());
        if (MessageDialog.openConfirm(getSite().getShell(), "Delete Results File",
                "Delete these results files? Their runs are lost.\n\n" + names)) {
            try {
                delete(entries);
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Delete Results File", e.getMessage());
            }
        }
    }

    /** Removes the studies from the list and deletes their results files. */
    public void delete(List<ResultsCatalog.Entry> entries) throws IOException {
        for (ResultsCatalog.Entry entry : entries) {
            if (entry.state() == ResultsCatalog.State.RUNNING) {
                throw new IOException(entry.definition().name() + " is still running; cancel it first");
            }
        }
        for (ResultsCatalog.Entry entry : entries) {
            ResultsCatalog.getDefault().remove(entry);
            Files.deleteIfExists(entry.file());
        }
    }

    /** A click sorts ascending, a second click on the same column descending; ties keep run order. */
    private void sortBy(TableColumn column, Comparator<Row> sort) {
        Table table = viewer.getTable();
        boolean descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        Comparator<Row> tieBreak = Comparator.comparing((Row row) -> row.entry().file().toString())
                .thenComparingInt(row -> row.run().runId());
        order = (descending ? sort.reversed() : sort).thenComparing(tieBreak);
        viewer.refresh();
    }

    private void contributeActions() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        Action compare = new Action("Compare") {
            @Override
            public void run() {
                compareSelection();
            }
        };
        compare.setToolTipText("Compare the two selected runs side by side, or overlay the sweeps of two studies");
        compare.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        Action open = new Action("Open Results File...") {
            @Override
            public void run() {
                openFileInteractively();
            }
        };
        open.setToolTipText("Open a stored results file (.sqlite) without running it again");
        open.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER));
        Action export = new Action("Export Runs as CSV...") {
            @Override
            public void run() {
                exportSelectionInteractively();
            }
        };
        export.setToolTipText("Export the key figures of the selected runs' studies as CSV");
        export.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
        toolBar.add(compare);
        toolBar.add(open);
        toolBar.add(export);
        getViewSite().getActionBars().getMenuManager().add(compare);
        getViewSite().getActionBars().getMenuManager().add(open);
        getViewSite().getActionBars().getMenuManager().add(export);
        getViewSite().getActionBars().getMenuManager().add(new Action("Open &Timeline") {
            @Override
            public void run() {
                openTimeline();
            }
        });
    }

    /** The selected run's timeline, when its run trace was recorded ('Record a run trace'). */
    public void openTimeline() {
        Row row = selectedRows().stream().findFirst().orElse(null);
        Path trace = row == null ? null : TimelineView.traceOf(row.entry().file(), row.run().runId());
        if (trace == null) {
            MessageDialog.openInformation(getSite().getShell(), "Open Timeline", row == null
                    ? "Select a run first." : "This run has no run trace; run it again with 'Record a run trace'.");
            return;
        }
        try {
            ((TimelineView) getSite().getPage().showView(TimelineView.ID)).open(trace);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Open Timeline", e.getMessage());
        }
    }

    /** Rows currently listed (after filtering), in displayed order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            rows.add((Row) viewer.getElementAt(i));
        }
        return rows;
    }

    /** The sweep points' rows: each the replications of one point summarised, in catalog and point order. */
    public List<PointTable.Row> pointRows() {
        return points.rows();
    }

    /** The status line above the table: running, cancelled and failed studies. */
    public String statusText() {
        return status.getText();
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void setFilter(String text) {
        filterText = text.trim().toLowerCase(Locale.ROOT);
        viewer.refresh();
    }

    /** The selected rows in table order (the report export takes the first as "before"). */
    public List<Row> selectedRows() {
        List<Row> rows = new ArrayList<>();
        for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
            rows.add((Row) element);
        }
        return rows;
    }

    private void refresh() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ResultsCatalog.Entry entry : ResultsCatalog.getDefault().entries()) {
            entry.runs().forEach(run -> rows.add(new Row(entry, run)));
            if (entry.state() != ResultsCatalog.State.COMPLETE) {
                notes.add(entry.definition().name() + ": " + entry.state().label() + " (" + entry.runs().size()
                        + " of " + runs(entry.definition().runCount()) + ")"
                        + (entry.message().isEmpty() ? "" : " " + entry.message()));
            }
        }
        viewer.setInput(rows);
        points.show(ResultsCatalog.getDefault().entries());
        status.setText(notes.isEmpty() ? runs(rows.size()) : String.join("; ", notes));
    }

    private void openCharts(Row row) {
        ResultCharts.openRun(getSite().getPage(), row.entry().file(), row.run().runId());
        if (row.entry().definition().kind() == StudyDefinition.Kind.STUDY) {
            ResultCharts.showStudy(getSite().getPage(), row.entry().snapshot());
        }
        if (row.entry().definition().kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
            ResultCharts.openMap(getSite().getPage(), row.entry().file());
        }
    }

    private void compareSelection() {
        List<Row> selected = selectedRows();
        if (selected.size() != 2) {
            MessageDialog.openInformation(getSite().getShell(), "Compare",
                    "Select two runs (Ctrl+click) to compare them side by side.");
            return;
        }
        Row left = selected.get(0);
        Row right = selected.get(1);
        try {
            if (left.entry() != right.entry() && left.entry().definition().kind() == StudyDefinition.Kind.STUDY
                    && right.entry().definition().kind() == StudyDefinition.Kind.STUDY) {
                ResultCharts.view(getSite().getPage(), SweepView.class, SweepView.ID)
                        .showStudies(List.of(left.entry().snapshot(), right.entry().snapshot()));
            }
            CompareView compare = ResultCharts.view(getSite().getPage(), CompareView.class, CompareView.ID);
            compare.compare(StoredRun.load(left.entry().file(), left.run().runId()),
                    StoredRun.load(right.entry().file(), right.run().runId()));
        } catch (PartInitException | AnalysisException e) {
            MessageDialog.openError(getSite().getShell(), "Compare", e.getMessage());
        }
    }

    private void openFileInteractively() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText("Open Results File");
        dialog.setFilterExtensions(new String[] {"*.sqlite", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                openFile(Path.of(chosen));
            } catch (AnalysisException e) {
                MessageDialog.openError(getSite().getShell(), "Open Results File", e.getMessage());
            }
        }
    }

    /** Lists a stored results file as it is, running nothing. */
    public ResultsCatalog.Entry openFile(Path file) throws AnalysisException {
        StudySnapshot study = StudySnapshot.load(file);
        boolean complete = study.runs().size() == study.definition().runCount();
        ResultsCatalog.Entry entry = ResultsCatalog.getDefault().add(file, study.definition(),
                complete ? ResultsCatalog.State.COMPLETE : ResultsCatalog.State.CANCELLED, study.runs());
        if (!complete) {
            ResultsCatalog.getDefault().finished(entry, ResultsCatalog.State.CANCELLED,
                    "incomplete; run the study again to resume");
        }
        return entry;
    }

    private void exportSelectionInteractively() {
        List<ResultsCatalog.Entry> entries = selectedRows().stream().map(Row::entry).distinct().toList();
        if (entries.isEmpty()) {
            entries = ResultsCatalog.getDefault().entries();
        }
        if (entries.isEmpty()) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Export Runs as CSV");
        dialog.setOverwrite(true);
        dialog.setFileName("runs.csv");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(Path.of(chosen), StandardCharsets.UTF_8)) {
            for (ResultsCatalog.Entry entry : entries) {
                ResultsFiles.writeStudy(entry.file(), CsvExport::runs, out);
            }
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export Runs as CSV", e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResultsCatalog.getDefault().removeListener(catalogListener);
        super.dispose();
    }
}
