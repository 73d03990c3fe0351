package io.hcastudio.ui.tests;

import static io.hcastudio.ui.tests.WorkbenchRuns.page;
import static io.hcastudio.ui.tests.WorkbenchRuns.runScenario;
import static io.hcastudio.ui.tests.WorkbenchRuns.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.chart.ChartSpec;
import io.hcastudio.analysis.chart.Palette;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.report.ReportFormat;
import io.hcastudio.analysis.report.StoredReports;
import io.hcastudio.app.report.ExportReportDialog;
import io.hcastudio.app.report.ReportRequest;
import io.hcastudio.app.run.RunScenarioHandler;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.charts.CompareView;
import io.hcastudio.charts.DistributionView;
import io.hcastudio.charts.DropsChart;
import io.hcastudio.charts.DropsView;
import io.hcastudio.charts.ExportFormat;
import io.hcastudio.charts.OccupancyChart;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.charts.ResultsCatalog;
import io.hcastudio.charts.ResultsView;
import io.hcastudio.charts.RingOccupancyView;
import io.hcastudio.charts.StepTableView;
import io.hcastudio.charts.StudioPreferences;
import io.hcastudio.model.examples.ExampleModels;

/**
 * Issue 16, "Charts and results": the charts of a profile-B run of the commit test bed read without fiddling, the
 * Results view shows, compares and manages runs, the Run Scenario dialog says what each profile is, and Export Report
 * lets the user choose the runs and warns about unsaved edits. Screenshots of every chart land in
 * target/screenshots.
 */
class ChartsAndResultsTest {

    private static final String CMTIME_B = "cmtime-18x800-B";
    private static final Path OUTPUT = Path.of("target", "charts-and-results");

    @BeforeAll
    static void openCommitTestbed() throws Exception {
        WorkbenchRuns.openCommitTestbed(OUTPUT);
    }

    /**
     * Leaves the workbench as the next test class expects it: the editor the active part (views shown here took
     * activation) and the window active again after the dialogs.
     */
    @AfterEach
    void giveTheEditorBack() {
        WorkbenchRuns.activateEditorWindow();
    }

    @Test
    void chartsOfAProfileBRunReadWithoutFiddling() throws Exception {
        runScenario(CMTIME_B, RunOverrides.NONE.withProfile("B"));
        Shell window = page().getWorkbenchWindow().getShell();

        RingOccupancyView occupancyView = (RingOccupancyView) page().findView(RingOccupancyView.ID);
        assertNotNull(occupancyView, "the run opened the ring occupancy chart");
        OccupancyChart occupancy = occupancyView.panel();
        double endMs = occupancy.run().orElseThrow().run().endTimeNs() / 1e6;
        IAxis time = occupancy.chart().getAxisSet().getXAxis(0);
        assertEquals(0, time.getRange().lower, 1e-9);
        assertTrue(time.getRange().upper < endMs / 2, "starts zoomed to the busy range: " + time.getRange().upper
                + " ms of " + endMs + " ms");
        screenshotMaximised(occupancyView, "b-run-ring-occupancy");

        Set<String> looks = new HashSet<>();
        for (ISeries<?> series : occupancy.chart().getSeriesSet().getSeries()) {
            ILineSeries<?> line = (ILineSeries<?>) series;
            assertTrue(looks.add(line.getLineColor().getRGB() + "/" + line.getLineStyle() + "/" + line.getLineWidth()),
                    series.getId() + " looks like another series");
        }

        // Narrow but tall, the legend moves below the plot instead of disappearing; small, "Show Legend" shows it.
        occupancy.chart().setSize(560, 460);
        occupancy.chart().notifyListeners(SWT.Resize, new Event());
        assertTrue(occupancy.chart().getLegend().isVisible(), "legend of a narrow chart");
        assertEquals(SWT.BOTTOM, occupancy.chart().getLegend().getPosition());
        occupancy.chart().setSize(560, 260);
        occupancy.chart().notifyListeners(SWT.Resize, new Event());
        occupancy.setLegendForced(true);
        assertTrue(occupancy.chart().getLegend().isVisible(), "legend shown on request in a small docked view");
        assertEquals(SWT.RIGHT, occupancy.chart().getLegend().getPosition());
        occupancy.setLegendForced(false);
        occupancyView.panel().getParent().layout(true, true);

        // A long drag to the right would show negative times: panning stops at the data.
        Control plot = occupancy.chart().getPlotArea().getControl();
        plot.notifyListeners(SWT.MouseDown, mouse(100, 100, 0));
        plot.notifyListeners(SWT.MouseMove, mouse(100 + 5000, 100, SWT.BUTTON1));
        plot.notifyListeners(SWT.MouseUp, mouse(100 + 5000, 100, 0));
        assertTrue(time.getRange().lower >= -1e-9, "panned to " + time.getRange().lower + " ms");

        // CSV: the shown series by default, every series on request.
        Files.createDirectories(OUTPUT);
        Path shown = OUTPUT.resolve("occupancy-shown.csv");
        Path all = OUTPUT.resolve("occupancy-all.csv");
        occupancy.export(shown, ExportFormat.CSV);
        occupancy.export(all, ExportFormat.CSV_ALL);
        int shownSeries = seriesIn(shown);
        assertTrue(shownSeries > 0 && shownSeries < seriesIn(all), shownSeries + " shown of " + seriesIn(all));

        DropsView dropsView = (DropsView) page().findView(DropsView.ID);
        page().bringToTop(dropsView);
        settle();
        DropsChart drops = dropsView.panel();
        double tallest = 0;
        double[] stacks = null;
        for (ISeries<?> series : drops.chart().getSeriesSet().getSeries()) {
            double[] values = series.getYSeries();
            stacks = stacks == null ? new double[values.length] : stacks;
            for (int i = 0; i < values.length; i++) {
                stacks[i] += values[i];
                tallest = Math.max(tallest, stacks[i]);
            }
        }
        assertTrue(tallest > 0, "profile B drops");
        IAxis count = drops.chart().getAxisSet().getYAxis(0);
        assertEquals(0, count.getRange().lower, 1e-9);
        assertTrue(count.getRange().upper > tallest * 1.04, "room above the tallest bar: " + count.getRange().upper
                + " for " + tallest);
        screenshotMaximised(dropsView, "b-run-drops");

        // PNG and SVG share the size chosen for exports.
        drops.setExportSize(ChartSpec.LARGE_SIZE);
        Path png = OUTPUT.resolve("drops-large.png");
        Path svg = OUTPUT.resolve("drops-large.svg");
        drops.export(png, ExportFormat.PNG);
        drops.export(svg, ExportFormat.SVG);
        drops.setExportSize(null);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            in.skipNBytes(16);
            assertEquals(ChartSpec.LARGE_SIZE.width(), in.readInt(), "PNG width");
            assertEquals(ChartSpec.LARGE_SIZE.height(), in.readInt(), "PNG height");
        }
        String drawing = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(drawing.contains("width='" + ChartSpec.LARGE_SIZE.width() + "' height='"
                + ChartSpec.LARGE_SIZE.height() + "'"), drawing.substring(0, 300));
        assertTrue(drawing.contains(drops.title()), "the SVG has the chart's title");

        DistributionView distributions = (DistributionView) page().findView(DistributionView.ID);
        page().bringToTop(distributions);
        settle();
        int labelled = 0;
        for (String label : distributions.histogram().chart().getAxisSet().getXAxis(0).getCategorySeries()) {
            // Labels thin out to the view's width; those shown are durations.
            if (!label.isEmpty()) {
                assertTrue(label.matches("\\d{1,3}(\\.\\d{1,2})? (ns|µs|ms|s)"), "bucket label '" + label + "'");
                labelled++;
            }
        }
        assertTrue(labelled > 1, "bucket labels shown: " + labelled);
        screenshotMaximised(distributions, "b-run-distributions");
        Screenshots.save(window, "b-run-distributions-docked");
        IViewPart steps = page().findView(StepTableView.ID);
        if (steps != null) {
            screenshotMaximised(steps, "b-run-step-table");
        }
    }

    @Test
    void aRunWithoutDropsShowsAnAxisFromZero() throws Exception {
        runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE.withProfile("C"));
        DropsView dropsView = (DropsView) page().findView(DropsView.ID);
        IAxis count = dropsView.panel().chart().getAxisSet().getYAxis(0);
        assertEquals(0, count.getRange().lower, 1e-9, "no drops");
        assertEquals(1, count.getRange().upper, 1e-9, "no drops");
    }

    @Test
    void theResultsViewShowsComparesAndManagesRuns() throws Exception {
        for (ResultsCatalog.Entry entry : List.copyOf(ResultsCatalog.getDefault().entries())) {
            ResultsCatalog.getDefault().remove(entry);
        }
        StudyJob first = runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE.withSeed(7L));
        ResultsView results = (ResultsView) page().showView(ResultsView.ID);
        settle();
        assertEquals("1 run", results.statusText());
        ResultsView.Row row = results.rows().get(0);
        List<String> cells = cells(results, row);
        assertTrue(cells.contains("7"), "the seed as given: " + cells);
        assertTrue(cells.stream().anyMatch(cell -> cell.matches("0x[0-9a-f]{16}")), "the run's seed in hex: " + cells);

        StudyJob second = runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE.withProfile("C"));
        settle();
        assertEquals("2 runs", results.statusText());
        ResultsView.Row other = results.rows().stream().filter(candidate -> candidate.entry() == second.entry())
                .findFirst().orElseThrow();
        row = results.rows().stream().filter(candidate -> candidate.entry() == first.entry()).findFirst()
                .orElseThrow();

        // One click shows the run.
        results.viewer().setSelection(new StructuredSelection(row), true);
        Job.getJobManager().join(ResultCharts.FAMILY, null);
        settle();
        DropsView drops = (DropsView) page().findView(DropsView.ID);
        assertEquals(first.entry().file(), drops.panel().run().orElseThrow().file(), "a click shows the run");

        // Two selected are compared.
        results.viewer().setSelection(new StructuredSelection(List.of(row, other)), true);
        settle();
        CompareView compare = (CompareView) page().findView(CompareView.ID);
        assertNotNull(compare, "selecting two runs compares them");
        Screenshots.save(page().getWorkbenchWindow().getShell(), "results-two-selected");

        Menu menu = results.viewer().getControl().getMenu();
        assertNotNull(menu, "the table has a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item.getText().replace("&", ""));
        }
        menu.notifyListeners(SWT.Hide, new Event());
        for (String expected : List.of("Open Charts", "Compare", "Export Runs as CSV...", "Reveal Results File",
                "Delete Results File...")) {
            assertTrue(items.contains(expected), expected + " in " + items);
        }

        Path file = other.entry().file();
        results.delete(List.of(other.entry()));
        settle();
        assertFalse(Files.exists(file), "deleted " + file);
        assertEquals("1 run", results.statusText());
    }

    @Test
    void runScenarioDialogDescribesEachProfile() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        AtomicReference<String> problem = new AtomicReference<>();
        Display display = Display.getCurrent();
        answer(display, descriptions, problem, 200);
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RunScenarioHandler.COMMAND_ID,
                    null);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            page().getWorkbenchWindow().getShell().forceActive();
            settle();
        }
        assertEquals(null, problem.get());
        assertEquals(List.of("as the scenario says", "A", "B", "C", "D", "E"), List.copyOf(descriptions.keySet()));
        assertTrue(descriptions.get("as the scenario says").startsWith("Every HCA keeps the profile"),
                descriptions.toString());
        Set<String> distinct = new HashSet<>();
        for (String profile : List.of("A", "B", "C", "D", "E")) {
            String line = descriptions.get(profile);
            assertTrue(line.startsWith(profile + ": ") && !line.contains("\n"), "one line for " + profile + ": "
                    + line);
            assertTrue(distinct.add(line), "profile " + profile + " has a description of its own");
        }
        assertTrue(descriptions.get("C").contains("fix"), descriptions.get("C"));
    }

    /** Window > Preferences > Chart colours: the charts and the report drawn afterwards take the chosen scheme. */
    @Test
    void theChartColoursPreferenceColoursTheSeriesOfChartsAndReports() throws Exception {
        StudyJob run = runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE);
        ReportRequest request = new ReportRequest(List.of(StoredReports.Selection.allRuns(run.entry().file())));
        int tableau = Palette.Scheme.TABLEAU.hue(0);
        String tableauSvg = String.format(Locale.ROOT, "rgb(%d,%d,%d)", tableau >> 16, (tableau >> 8) & 0xFF, tableau & 0xFF);
        assertEquals(Palette.Scheme.OKABE_ITO, Palette.scheme(), "the default scheme");
        assertFalse(request.render(ReportFormat.HTML).contains(tableauSvg), "no Tableau blue before the change");
        try {
            StudioPreferences.node().put(StudioPreferences.CHART_PALETTE, Palette.Scheme.TABLEAU.name());
            assertEquals(tableau, Palette.hue(0), "the first series of every chart");
            assertTrue(request.render(ReportFormat.HTML).contains(tableauSvg), "the report's charts take the new colours");
        } finally {
            StudioPreferences.node().remove(StudioPreferences.CHART_PALETTE);
        }
        assertEquals(Palette.Scheme.OKABE_ITO, Palette.scheme(), "back to the default");
    }

    @Test
    void exportReportLetsTheUserChooseRunsAndWarnsAboutUnsavedEdits() throws Exception {
        StudyJob before = runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE);
        StudyJob after = runScenario(WorkbenchRuns.OUTBOUND_BURST, RunOverrides.NONE.withProfile("C"));
        ReportRequest request = new ReportRequest(List.of(StoredReports.Selection.allRuns(before.entry().file())));
        List<ExportReportDialog.Choice> others = List.of(new ExportReportDialog.Choice("after",
                new StoredReports.Selection(after.entry().file(), List.of(0))));
        // Only unsaved edits of the model the runs came from matter: another dirty topology is no reason to warn.
        String reported = ExampleModels.Example.COMMIT_TESTBED.fileName();
        assertEquals(Set.of(reported), request.modelFileNames());
        ExportReportDialog unrelated = new ExportReportDialog(page().getWorkbenchWindow().getShell(), request, others,
                Set.of("another.hcatopo"));
        unrelated.setBlockOnOpen(false);
        unrelated.open();
        try {
            assertFalse(unrelated.messageText().contains("unsaved edits"), unrelated.messageText());
        } finally {
            unrelated.close();
        }
        ExportReportDialog dialog = new ExportReportDialog(page().getWorkbenchWindow().getShell(), request, others,
                Set.of("another.hcatopo", reported));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertTrue(dialog.messageText().startsWith(reported + " has unsaved edits"), dialog.messageText());
            assertEquals(2, dialog.choices().size());
            dialog.setCompared(List.of(0, 1));
            assertEquals(2, dialog.request().selections().size(), "before and after compared");
            Job.getJobManager().join(ExportReportDialog.FAMILY, null);
            long deadline = System.currentTimeMillis() + 60_000;
            while (!dialog.isRendered() && System.currentTimeMillis() < deadline) {
                if (!Display.getCurrent().readAndDispatch()) {
                    Display.getCurrent().sleep();
                }
            }
            assertTrue(dialog.previewText().contains("Before / after"), dialog.previewText());
            Screenshots.save(dialog.getShell(), "export-report-choose-runs");
        } finally {
            dialog.close();
            page().getWorkbenchWindow().getShell().forceActive();
            settle();
        }
    }

    /** A screenshot of the view maximised, as someone reading the chart would look at it; then docked again. */
    private static void screenshotMaximised(IViewPart view, String name) throws Exception {
        page().bringToTop(view);
        var reference = page().getReference(view);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        try {
            Screenshots.save(page().getWorkbenchWindow().getShell(), name);
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            settle();
        }
    }

    /** Picks each profile in the open Run Scenario dialog, reads the line under it, then cancels. */
    private static void answer(Display display, Map<String, String> descriptions, AtomicReference<String> problem,
            int attemptsLeft) {
        display.timerExec(50, () -> {
            Shell dialog = null;
            for (Shell shell : display.getShells()) {
                if ("Run Scenario".equals(shell.getText()) && shell.isVisible()) {
                    dialog = shell;
                }
            }
            if (dialog == null) {
                if (attemptsLeft > 0) {
                    answer(display, descriptions, problem, attemptsLeft - 1);
                } else {
                    problem.set("the Run Scenario dialog did not open");
                }
                return;
            }
            List<Combo> combos = descendants(dialog, Combo.class);
            Combo profiles = combos.get(1);
            for (String item : profiles.getItems()) {
                profiles.select(profiles.indexOf(item));
                profiles.notifyListeners(SWT.Selection, new Event());
                String shown = descendants(dialog, Label.class).stream().map(Label::getText)
                        .filter(text -> text.startsWith("Every HCA") || text.matches("[A-E]: .*")).findFirst()
                        .orElse("");
                descriptions.put(item, shown);
            }
            if (!descriptions.isEmpty()) {
                try {
                    Screenshots.save(dialog, "run-scenario-dialog-profile");
                } catch (Exception e) {
                    problem.set("no screenshot of the dialog: " + e);
                }
            }
            dialog.close();
        });
    }

    private static <T extends Control> List<T> descendants(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(descendants(composite, type));
            }
        }
        return found;
    }

    private static List<String> cells(ResultsView results, ResultsView.Row row) {
        List<String> cells = new ArrayList<>();
        var item = results.viewer().getTable().getItem(results.rows().indexOf(row));
        for (int i = 0; i < results.viewer().getTable().getColumnCount(); i++) {
            cells.add(item.getText(i));
        }
        return cells;
    }

    private static Event mouse(int x, int y, int state) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = state == 0 ? 1 : 0;
        event.stateMask = state;
        return event;
    }

    /** Distinct series named in an occupancy CSV. */
    private static int seriesIn(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith(",series,bucket_start_ns,bucket_ns,min,max,last"), lines.get(0));
        Set<String> names = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            names.add(fields[fields.length - 6]);
        }
        return names.size();
    }
}
