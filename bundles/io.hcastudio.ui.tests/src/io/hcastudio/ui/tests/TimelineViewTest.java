package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.trace.Timeline;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.app.run.StudyLauncher;
import io.hcastudio.charts.DropsView;
import io.hcastudio.charts.RingOccupancyView;
import io.hcastudio.charts.TimeCursor;
import io.hcastudio.charts.TimelineView;
import io.hcastudio.editor.TopologyEditor;

/**
 * Issue 17's done-when workbench test: the commit scenario run with "Record a run trace" under profiles B and C, its
 * timeline opened in the Timeline view, and what the view draws read back from its pixels. Under B, at the first D1
 * drop, the {@code mlx4_ibt} lane shows a tunnel work's bar and the grey wait line of the wire work queued behind it
 * up to its orange bar; under C the {@code mlx4_ibwi1} lane shows a wire bar where the {@code mlx4_ibt1} lane shows a
 * tunnel bar. Also: a drop's MAD life in the table, the time cursor shared with the Ring Occupancy chart both ways,
 * the timeline opened from a bar of the Drops chart, and the open and zoom times printed (figures, no assertion).
 * Screenshots land in target/screenshots.
 */
class TimelineViewTest {

    private static final Path OUTPUT = Path.of("target", "timeline");
    private static final RGB TUNNEL = new RGB(70, 110, 200);
    private static final RGB WIRE = new RGB(235, 140, 40);
    private static final RGB WAIT = new RGB(160, 160, 160);
    private static final RGB MAGENTA = new RGB(255, 0, 255);
    private static final int LANE_HEIGHT = 26;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeAll
    static void openCommitTestbed() throws Exception {
        WorkbenchRuns.openCommitTestbed(OUTPUT);
    }

    /** Runs the scenario with a trace; its results file. */
    private static Path run(String scenario) throws Exception {
        TopologyEditor editor = (TopologyEditor) page().getActiveEditor();
        StudyJob job = StudyLauncher.runScenario(page(), editor.getTopology(), scenario, RunOverrides.NONE, List.of(),
                true).orElseThrow(() -> new AssertionError("the scenario did not start"));
        job.join();
        WorkbenchRuns.settle();
        return job.file();
    }

    /** Shows the timeline of run 0 of {@code results}. */
    private static TimelineView timelineOf(Path results) throws Exception {
        Path trace = TimelineView.traceOf(results, 0);
        assertNotNull(trace, "the run recorded its trace next to " + results);
        TimelineView view = (TimelineView) page().showView(TimelineView.ID);
        Timeline before = view.timeline();
        waitFor(view.open(trace));
        // the job hands the timeline to the UI thread after it ends: wait until the view shows it
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((view.timeline() == before || !trace.equals(view.source())) && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        assertTrue(view.timeline() != before && trace.equals(view.source()), "the timeline was read");
        maximise(view, true);
        return view;
    }

    private static void waitFor(Job job) throws Exception {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (job.getResult() == null && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        WorkbenchRuns.settle();
    }

    private static void maximise(TimelineView view, boolean maximised) {
        IViewReference reference = page().findViewReference(TimelineView.ID);
        page().bringToTop(view);
        page().setPartState(reference, maximised ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
        WorkbenchRuns.settle();
    }

    /** What the canvas shows now. */
    private static ImageData drawn(TimelineView view) {
        WorkbenchRuns.settle();
        Image image = view.picture();
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static RGB pixel(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    /** Whether column {@code x} of the bar band of the lane whose top is {@code top} has colour {@code colour}. */
    private static boolean barHas(ImageData data, int x, int top, RGB colour) {
        for (int y = top + 5; y < top + LANE_HEIGHT - 8; y++) {
            if (pixel(data, x, y).equals(colour)) {
                return true;
            }
        }
        return false;
    }

    private static void screenshot(String name) throws Exception {
        assertTrue(Files.size(Screenshots.save(page().getWorkbenchWindow().getShell(), name)) > 0);
    }

    @Test
    void underBTheWireWorkWaitsBehindTunnelWorksUnderCItRunsOnItsOwnWorkqueue() throws Exception {
        Path resultsB = run("cmtime-18x800-B");
        TimelineView underB = timelineOf(resultsB);
        Timeline timeline = underB.timeline();
        assertTrue(underB.laneNames().contains("mlx4_ibt1") && !underB.laneNames().contains("mlx4_ibwi1"),
                underB.laneNames().toString());
        List<TimelineView.Row> rows = underB.rows();
        assertTrue(rows.stream().anyMatch(row -> row.kind() == TimelineView.RowKind.RING
                && row.name().equals("wire p1 GSI")), "a ring strip for the wire GSI ring: " + rows);
        assertEquals(18, rows.stream().filter(row -> row.kind() == TimelineView.RowKind.CM).count(),
                "a CM strip per interface");
        int firstD1 = -1;
        for (int i = 0; i < timeline.drops().size() && firstD1 < 0; i++) {
            firstD1 = timeline.drops().get(i).cause().equals(DropCause.D1_WIRE_RING_FULL.name()) ? i : -1;
        }
        assertTrue(firstD1 >= 0, "profile B drops at the wire ring");
        Timeline.Drop drop = timeline.drops().get(firstD1);
        String workqueue = "mlx4_ibt" + drop.port();
        Timeline.Lane lane = timeline.workqueues().get(workqueue);
        int running = lane.runningAt(drop.timeNs());
        int waiting = -1;
        for (int i = running + 1; i < lane.size() && waiting < 0; i++) {
            waiting = timeline.isWire(lane.context(i)) && lane.queuedNs(i) <= drop.timeNs() ? i : -1;
        }
        assertTrue(running >= 0 && waiting > running, "a tunnel work runs and the wire work waits at the drop");
        long from = lane.queuedNs(waiting) - 50_000;
        underB.showWindow(from, lane.startNs(waiting) + 150_000);
        int top = underB.rowTop(underB.workqueueRow(workqueue));
        ImageData data = drawn(underB);
        int dropX = underB.xOf(drop.timeNs());
        assertTrue(barHas(data, dropX, top, TUNNEL), "a tunnel bar is drawn on " + workqueue + " at the drop");
        int wireX0 = underB.xOf(lane.startNs(waiting));
        int wireX1 = Math.min(data.width, underB.xOf(lane.endNs(waiting)));
        assertTrue(barHas(data, (wireX0 + wireX1) / 2, top, WIRE), "the wire work's orange bar is drawn");
        for (int x = underB.xOf(lane.queuedNs(waiting)) + 2; x < wireX0 - 1; x++) {
            assertEquals(WAIT, pixel(data, x, top + LANE_HEIGHT - 3), "the wire work's wait is drawn at x " + x);
        }
        screenshot("timeline-B-wire-waits");

        // select the drop: its MAD's path is outlined and its life listed, with the works running when the ring filled
        underB.selectDrop(firstD1);
        WorkbenchRuns.settle();
        List<String> steps = new java.util.ArrayList<>();
        for (TableItem item : underB.lifeTable().getItems()) {
            steps.add(item.getText(1) + " | " + item.getText(2));
        }
        assertTrue(steps.get(0).startsWith("posted by the function"), steps.toString());
        assertTrue(steps.stream().anyMatch(step -> step.startsWith("polled by the context's worker")), steps.toString());
        assertTrue(steps.stream().anyMatch(step -> step.startsWith("running on " + workqueue
                + " when the ring filled | tunnel")), steps.toString());
        long filled = underB.selectedRingFilledNs();
        assertTrue(filled >= 0 && filled <= drop.timeNs());
        underB.showWindow(filled - 400_000, drop.timeNs() + 400_000);
        data = drawn(underB);
        boolean outlined = false;
        for (int x = underB.xOf(filled - 400_000); x < data.width && !outlined; x++) {
            outlined = pixel(data, x, top + 1).equals(MAGENTA) || pixel(data, x, top + 2).equals(MAGENTA);
        }
        assertTrue(outlined, "the work that polled the dropped MAD is outlined");
        screenshot("timeline-B-first-D1-selected");

        // the time cursor: timeline -> Ring Occupancy chart, and a click in the chart -> timeline
        long at = drop.timeNs();
        underB.moveCursor(at);
        assertEquals(at, TimeCursor.timeOf(underB.source()));
        RingOccupancyView occupancy = (RingOccupancyView) page().showView(RingOccupancyView.ID);
        WorkbenchRuns.settle();
        // zoomed to a window after the cursor, the chart pans back to show it when the timeline moves it
        IAxis time = occupancy.chart().getAxisSet().getXAxis(0);
        Range full = time.getRange();
        double width = (full.upper - full.lower) / 10;
        time.setRange(new Range(full.upper - width, full.upper));
        underB.moveCursor(at + 1);
        Range shown = time.getRange();
        assertTrue(shown.lower <= (at + 1) / 1e6 && (at + 1) / 1e6 <= shown.upper, "cursor at " + (at + 1) / 1e6
                + " ms shown in " + shown);
        assertEquals(width, shown.upper - shown.lower, width * 1e-9, "panned, not zoomed");
        time.setRange(full);
        occupancy.panel().clickAt(occupancy.chart().getPlotArea().getSize().x / 3);
        long moved = underB.cursorNs();
        assertTrue(moved >= 0 && moved != at + 1, "a click in the chart moved the timeline's cursor to " + moved);
        assertEquals(moved, TimeCursor.timeOf(underB.source()));

        // from a bar of the Drops chart: the timeline opens with that bar's first drop selected
        DropsView dropsView = (DropsView) page().showView(DropsView.ID);
        DropCount bar = dropsView.panel().run().orElseThrow().run().drops().stream()
                .filter(count -> count.cause() == DropCause.D1_WIRE_RING_FULL).findFirst().orElseThrow();
        dropsView.panel().openTimeline(bar);
        Job.getJobManager().join(TimelineView.FAMILY, null);
        WorkbenchRuns.settle();
        TimelineView fromDrops = (TimelineView) page().findView(TimelineView.ID);
        Timeline.Drop selected = fromDrops.timeline().drops().get(fromDrops.selectedDrop());
        assertEquals(bar.port(), selected.port());
        assertEquals(bar.function(), selected.function());
        assertEquals(DropCause.D1_WIRE_RING_FULL.name(), selected.cause());
        maximise(fromDrops, false);

        TimelineView underC = timelineOf(run("cmtime-18x800-C"));
        Timeline fixed = underC.timeline();
        assertTrue(underC.laneNames().contains("mlx4_ibwi1"), underC.laneNames().toString());
        Timeline.Lane wire = fixed.workqueues().get("mlx4_ibwi1");
        Timeline.Lane tunnels = fixed.workqueues().get("mlx4_ibt1");
        int concurrent = -1;
        for (int i = 0; i < wire.size() && concurrent < 0; i++) {
            concurrent = tunnels.runningAt(wire.startNs(i)) >= 0 && wire.endNs(i) - wire.startNs(i) > 2_000 ? i : -1;
        }
        assertTrue(concurrent >= 0, "a wire work starts while a tunnel work runs");
        assertFalse(fixed.drops().stream().anyMatch(d -> d.cause().startsWith("D1")), "no D1 under C");
        long start = wire.startNs(concurrent);
        underC.showWindow(start - 100_000, start + 200_000);
        data = drawn(underC);
        assertTrue(underC.window()[1] - underC.window()[0] < 1_000_000, "the window asked for is shown");
        int x = Math.min(data.width - 1, underC.xOf(start + (wire.endNs(concurrent) - start) / 2));
        assertTrue(barHas(data, x, underC.rowTop(underC.workqueueRow("mlx4_ibwi1")), WIRE), "wire bar on mlx4_ibwi1");
        int tunnelAt = tunnels.runningAt(start + (wire.endNs(concurrent) - start) / 2);
        if (tunnelAt >= 0) {
            assertTrue(barHas(data, x, underC.rowTop(underC.workqueueRow("mlx4_ibt1")), TUNNEL),
                    "tunnel bar on mlx4_ibt1 at the same time");
        }
        screenshot("timeline-C-concurrent");
        maximise(underC, false);
    }

    /** Figures, not assertions: how long the commit scenario's full trace takes to open, and to draw per zoom. */
    @Test
    void printsOpenAndZoomTimesOfTheFullTrace() throws Exception {
        Path results = run("cmtime-18x800-B");
        TimelineView view = timelineOf(results);
        Path trace = view.source();
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT,
                "timeline benchmark: %s (%,d bytes): read %d ms", trace.getFileName(), Files.size(trace),
                view.lastReadMs()));
        double end = view.timeline().endNs();
        for (double span : new double[] {end, 1e6, 1e4, 100, 10}) {
            double centre = view.timeline().drops().isEmpty() ? end / 2 : view.timeline().drops().get(0).timeNs();
            view.showWindow(centre - span / 2, centre + span / 2);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                view.picture().dispose();
                best = Math.min(best, view.lastPaintNs());
            }
            figures.append(String.format(Locale.ROOT, "; window %s: paint %.2f ms", span >= 1e6 ? (long) (span / 1e6)
                    + " ms" : (long) span + " ns", best / 1e6));
        }
        view.selectDrop(0);
        long began = System.nanoTime();
        view.selectDrop(1);
        figures.append(String.format(Locale.ROOT, "; select next drop %.2f ms", (System.nanoTime() - began) / 1e6));
        System.out.println(figures);
        assertTrue(view.lastPaintNs() > 0);
        maximise(view, false);
    }
}
