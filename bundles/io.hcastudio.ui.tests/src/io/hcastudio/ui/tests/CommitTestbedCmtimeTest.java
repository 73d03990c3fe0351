package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.app.run.RunScenarioHandler;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.charts.DistributionChart;
import io.hcastudio.charts.DistributionView;
import io.hcastudio.charts.DropsChart;
import io.hcastudio.charts.DropsView;
import io.hcastudio.charts.ExportFormat;
import io.hcastudio.charts.ResultCharts;
import io.hcastudio.editor.TopologyEditor;

/**
 * Issue "Scenario runs, studies and SWTChart result views", done-when UI test: the commit test bed open in the
 * editor, its cmtime storm (18 interfaces x 800 connections) run under profiles B and C through the Run Scenario
 * command and its dialog, the drops chart showing drops for B and none for C, and the chart exported.
 */
class CommitTestbedCmtimeTest {

    private static final String CMTIME_SCENARIO = "cmtime-18x800-B";
    private static final Path OUTPUT = Path.of("target", "commit-testbed-cmtime");

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The test bed in the editor: the one opened at start-up, or the shipped example opened here. */
    @BeforeAll
    static void openCommitTestbed() throws Exception {
        WorkbenchRuns.openCommitTestbed(OUTPUT);
    }

    @Test
    void profileBDropsAndProfileCDropsNothing() throws Exception {
        DropsChart underB = runFromEditor("B");
        long dropsB = 0;
        for (DropCause cause : DropCause.values()) {
            dropsB += underB.shownDrops(cause);
        }
        assertTrue(underB.shownDrops(DropCause.D1_WIRE_RING_FULL) > 0,
                "profile B (single workqueue) drops at the wire ring; chart shows " + dropsB + " drops");
        screenshotOfDropsChart("commit-testbed-cmtime-B-drops");
        exportAndCheck(underB, "B");

        DropsChart underC = runFromEditor("C");
        for (DropCause cause : DropCause.values()) {
            assertEquals(0, underC.shownDrops(cause), cause + " under profile C (the fix)");
        }
        screenshotOfDropsChart("commit-testbed-cmtime-C-drops");
        assertStepDistributionsCountEveryConnection();
    }

    /** The step-time distributions draw all 18 × 800 connections, reduced to a few dozen buckets. */
    private static void assertStepDistributionsCountEveryConnection() {
        DistributionView distributions = (DistributionView) page().findView(DistributionView.ID);
        assertNotNull(distributions, "the run opened the distribution charts");
        for (String step : List.of("resolve_route", "connect", "disconnect")) {
            Distribution distribution = distributions.distribution("cmtime " + step + " step");
            assertEquals(14_400, LongStream.of(distribution.counts()).sum(), step);
            assertTrue(distribution.counts().length <= 64, step + " in " + distribution.counts().length + " buckets");
        }
        assertHistogramLabelsStandSideBySide(distributions.histogram());
    }

    /** However many buckets, the histogram's labels are level and fit the plot's width without overlapping. */
    private static void assertHistogramLabelsStandSideBySide(DistributionChart histogram) {
        IAxis xAxis = histogram.chart().getAxisSet().getXAxis(0);
        String[] shown = xAxis.getCategorySeries();
        assertTrue(shown.length > 0 && !shown[0].isEmpty(), "the first bucket is labelled");
        assertEquals(0, xAxis.getTick().getTickLabelAngle());
        int plotWidth = histogram.chart().getPlotArea().getControl().getSize().x;
        GC gc = new GC(histogram.chart());
        try {
            gc.setFont(xAxis.getTick().getFont());
            int labelsWidth = 0;
            for (String label : shown) {
                labelsWidth += label.isEmpty() ? 0 : gc.textExtent(label).x;
            }
            assertTrue(labelsWidth <= plotWidth, labelsWidth + " px of labels under a " + plotWidth + " px plot");
        } finally {
            gc.dispose();
        }
    }

    /**
     * Runs the cmtime scenario as a user does: Run Scenario on the active editor, the dialog answered with the
     * scenario and {@code profile}, then waits for the job and the charts it feeds.
     */
    private static DropsChart runFromEditor(String profile) throws Exception {
        assertInstanceOf(TopologyEditor.class, page().getActiveEditor());
        AtomicReference<StudyJob> started = new AtomicReference<>();
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob() instanceof StudyJob job) {
                    started.compareAndSet(null, job);
                }
            }
        };
        AtomicReference<String> dialogProblem = new AtomicReference<>();
        Job.getJobManager().addJobChangeListener(listener);
        try {
            answerRunScenarioDialog(profile, dialogProblem, 200);
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RunScenarioHandler.COMMAND_ID,
                    null);
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
        assertEquals(null, dialogProblem.get());
        StudyJob job = started.get();
        assertNotNull(job, "Run Scenario started no job");
        job.join();
        Job.getJobManager().join(ResultCharts.FAMILY, null);
        settle();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        DropsView drops = (DropsView) page().findView(DropsView.ID);
        assertNotNull(drops, "the run opened the drops chart");
        DropsChart chart = drops.panel();
        assertEquals(CMTIME_SCENARIO, chart.run().orElseThrow().definition().name());
        assertEquals(profile, chart.run().orElseThrow().run().profile());
        return chart;
    }

    /**
     * Answers the modal Run Scenario dialog once it is open (the command blocks in its event loop): picks the
     * scenario and the profile, presses Run. Retries while the dialog is not open yet.
     */
    private static void answerRunScenarioDialog(String profile, AtomicReference<String> problem, int attemptsLeft) {
        Display display = Display.getCurrent();
        display.timerExec(50, () -> {
            Shell dialog = null;
            for (Shell shell : display.getShells()) {
                if ("Run Scenario".equals(shell.getText()) && shell.isVisible()) {
                    dialog = shell;
                }
            }
            if (dialog == null) {
                if (attemptsLeft > 0) {
                    answerRunScenarioDialog(profile, problem, attemptsLeft - 1);
                } else {
                    problem.set("the Run Scenario dialog did not open");
                }
                return;
            }
            List<Combo> combos = descendants(dialog, Combo.class);
            boolean chosen = combos.size() == 2 && select(combos.get(0), CMTIME_SCENARIO) && select(combos.get(1),
                    profile);
            Button run = dialog.getDefaultButton();
            if (!chosen || run == null || !run.isEnabled()) {
                problem.set("cannot choose " + CMTIME_SCENARIO + " / " + profile + " in the dialog");
                dialog.close();
                return;
            }
            run.notifyListeners(SWT.Selection, null);
        });
    }

    private static boolean select(Combo combo, String item) {
        int index = combo.indexOf(item);
        if (index < 0) {
            return false;
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, null);
        return true;
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

    private static void exportAndCheck(DropsChart chart, String profile) throws Exception {
        Files.createDirectories(OUTPUT);
        Path png = OUTPUT.resolve("drops-" + profile + ".png");
        Path svg = OUTPUT.resolve("drops-" + profile + ".svg");
        Path csv = OUTPUT.resolve("drops-" + profile + ".csv");
        chart.export(png, ExportFormat.PNG);
        chart.export(svg, ExportFormat.SVG);
        chart.export(csv, ExportFormat.CSV);

        ImageData picture = new ImageLoader().load(png.toString())[0];
        assertTrue(picture.width >= 200 && picture.height >= 150, "PNG of " + picture.width + "x" + picture.height);
        String drawing = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(drawing.contains("<svg") && drawing.contains("</svg>"), "an SVG document");
        assertTrue(drawing.contains(DropCause.D1_WIRE_RING_FULL.label()), "the SVG has the D1 series in its legend");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split(","));
        assertTrue(header.containsAll(List.of("study", "scenario", "seed", "tool_version", "profile", "cause")),
                rows.get(0));
        int profileColumn = header.indexOf("profile");
        assertTrue(rows.size() > 1, "drop rows exported");
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(",", -1);
            assertEquals(CMTIME_SCENARIO, fields[header.indexOf("scenario")], row);
            assertEquals(profile, fields[profileColumn], row);
        }
    }

    /** The drops chart maximised for the picture (in its usual place its axis labels crowd the bars). */
    private static void screenshotOfDropsChart(String name) throws Exception {
        IViewReference drops = page().findViewReference(DropsView.ID);
        page().bringToTop(drops.getPart(false));
        page().setPartState(drops, IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        try {
            Path screenshot = Screenshots.save(page().getWorkbenchWindow().getShell(), name);
            assertTrue(Files.size(screenshot) > 0);
        } finally {
            page().setPartState(drops, IWorkbenchPage.STATE_RESTORED);
            settle();
        }
    }

    /** Lets the results that jobs posted to the UI thread arrive. */
    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
