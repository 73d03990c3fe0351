package io.hcastudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.trace.Timeline;
import io.hcastudio.app.run.StudyJob;
import io.hcastudio.app.run.StudyLauncher;
import io.hcastudio.charts.TimelineView;
import io.hcastudio.editor.TopologyEditor;

/**
 * Issue 17's done-when workbench test: the commit scenario run with "Record a run trace" under profiles B and C,
 * its timeline opened in the Timeline view. Under B the view shows, at the first D1 drop, a tunnel work running on
 * {@code mlx4_ibt1} and the wire work queued behind it; under C a lane {@code mlx4_ibwi1} whose wire works run
 * while tunnel works run on {@code mlx4_ibt1}. Screenshots land in target/screenshots.
 */
class TimelineViewTest {

    private static final Path OUTPUT = Path.of("target", "timeline");

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeAll
    static void openCommitTestbed() throws Exception {
        WorkbenchRuns.openCommitTestbed(OUTPUT);
    }

    /** Runs the scenario with a trace and shows its timeline. */
    private static TimelineView timelineOf(String scenario) throws Exception {
        TopologyEditor editor = (TopologyEditor) page().getActiveEditor();
        StudyJob job = StudyLauncher.runScenario(page(), editor.getTopology(), scenario, RunOverrides.NONE, List.of(), true)
                .orElseThrow(() -> new AssertionError("the scenario did not start"));
        job.join();
        Path trace = TimelineView.traceOf(job.file(), 0);
        assertNotNull(trace, "the run recorded its trace next to " + job.file());
        TimelineView view = (TimelineView) page().showView(TimelineView.ID);
        Timeline before = view.timeline();
        view.open(trace);
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (view.timeline() == before && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        assertTrue(view.timeline() != before, "the timeline was read");
        return view;
    }

    private static void screenshot(TimelineView view, String name) throws Exception {
        IViewReference reference = page().findViewReference(TimelineView.ID);
        // The finished run opened its charts in the same stack; the timeline goes on top for the picture.
        WorkbenchRuns.settle();
        page().bringToTop(view);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        WorkbenchRuns.settle();
        try {
            assertTrue(Files.size(Screenshots.save(page().getWorkbenchWindow().getShell(), name)) > 0);
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
            WorkbenchRuns.settle();
        }
    }

    @Test
    void underBTheWireWorkWaitsBehindTunnelWorksUnderCItRunsOnItsOwnWorkqueue() throws Exception {
        TimelineView underB = timelineOf("cmtime-18x800-B");
        Timeline timeline = underB.timeline();
        assertTrue(underB.laneNames().contains("mlx4_ibt1") && !underB.laneNames().contains("mlx4_ibwi1"),
                underB.laneNames().toString());
        int firstD1 = -1;
        for (int i = 0; i < timeline.drops().size() && firstD1 < 0; i++) {
            firstD1 = timeline.drops().get(i).cause().startsWith("D1") ? i : -1;
        }
        assertTrue(firstD1 >= 0, "profile B drops at the wire ring");
        Timeline.Drop drop = timeline.drops().get(firstD1);
        underB.showWindow(drop.timeNs() - 300_000, drop.timeNs() + 300_000);
        underB.selectDrop(firstD1);
        double[] window = underB.window();
        assertTrue(window[0] < drop.timeNs() && drop.timeNs() < window[1], "the drop is in view");
        Timeline.Lane lane = timeline.workqueues().get("mlx4_ibt" + drop.port());
        int running = lane.runningAt(drop.timeNs());
        assertTrue(running >= 0 && !timeline.isWire(lane.context(running)), "a tunnel work runs at the drop");
        boolean wireWaiting = false;
        for (int i = running + 1; i < lane.size() && !wireWaiting; i++) {
            wireWaiting = timeline.isWire(lane.context(i)) && lane.queuedNs(i) <= drop.timeNs();
        }
        assertTrue(wireWaiting, "the wire work is queued behind it");
        screenshot(underB, "timeline-B-first-D1");

        TimelineView underC = timelineOf("cmtime-18x800-C");
        Timeline fixed = underC.timeline();
        assertTrue(underC.laneNames().contains("mlx4_ibwi1"), underC.laneNames().toString());
        Timeline.Lane wire = fixed.workqueues().get("mlx4_ibwi1");
        Timeline.Lane tunnels = fixed.workqueues().get("mlx4_ibt1");
        int concurrent = -1;
        for (int i = 0; i < wire.size() && concurrent < 0; i++) {
            concurrent = tunnels.runningAt(wire.startNs(i)) >= 0 ? i : -1;
        }
        assertTrue(concurrent >= 0, "a wire work starts while a tunnel work runs");
        assertFalse(fixed.drops().stream().anyMatch(d -> d.cause().startsWith("D1")), "no D1 under C");
        underC.showWindow(wire.startNs(concurrent) - 100_000, wire.startNs(concurrent) + 200_000);
        screenshot(underC, "timeline-C-concurrent");
    }
}
