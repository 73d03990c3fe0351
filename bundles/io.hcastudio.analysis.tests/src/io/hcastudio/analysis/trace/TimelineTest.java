package io.hcastudio.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.trace.TraceFilter;

/**
 * The commit's argument, read off the timeline of the commit scenario (18 x 800 on hostA): under profile B the wire
 * work waits on {@code mlx4_ibt1} behind tunnel works when the D1 drops start; under profile C it runs on
 * {@code mlx4_ibwi1} while tunnel works run on {@code mlx4_ibt1}.
 */
class TimelineTest {

    @TempDir
    Path folder;

    private Timeline timeline(String scenario) throws AnalysisException, IOException {
        StudyPlan plan = StudyPlanner.planRun(ExampleModels.commitTestbed(), scenario, RunOverrides.NONE);
        Path results = folder.resolve(scenario + ".sqlite");
        StudyRunner.run(plan, results, 1, StudyMonitor.NONE, new TraceRequest(results, TraceFilter.ALL));
        return Timeline.read(TraceRequest.traceFile(results, 0), "hostA");
    }

    @Test
    void underProfileBTheWireWorkWaitsBehindTunnelWorksWhenD1DropsStart() throws AnalysisException, IOException {
        Timeline timeline = timeline("cmtime-18x800-B");
        Timeline.Drop first = timeline.firstDrop(DropCause.D1_WIRE_RING_FULL.name());
        assertNotNull(first, "profile B drops on the wire ring");
        Timeline.Lane lane = timeline.workqueues().get("mlx4_ibt" + first.port());
        assertFalse(timeline.workqueues().containsKey("mlx4_ibwi" + first.port()), "one workqueue per port");
        int running = lane.runningAt(first.timeNs());
        assertTrue(running >= 0 && !timeline.isWire(lane.context(running)), "a tunnel work runs at the drop");
        int waitingWire = -1;
        for (int i = lane.firstEndingAfter(first.timeNs()); i < lane.size(); i++) {
            if (timeline.isWire(lane.context(i)) && lane.queuedNs(i) <= first.timeNs()
                    && lane.startNs(i) > first.timeNs()) {
                waitingWire = i;
                break;
            }
        }
        assertTrue(waitingWire > 0, "the wire work is queued and waiting when the first D1 drop happens");
        int tunnelRunsWhileWaiting = 0;
        for (int i = lane.firstEndingAfter(lane.queuedNs(waitingWire)); i < waitingWire; i++) {
            tunnelRunsWhileWaiting += timeline.isWire(lane.context(i)) ? 0 : 1;
        }
        assertTrue(tunnelRunsWhileWaiting >= 2, "it waits behind several tunnel works, was "
                + tunnelRunsWhileWaiting);
    }

    @Test
    void underProfileCTheWireWorkRunsOnItsOwnWorkqueueConcurrently() throws AnalysisException, IOException {
        Timeline timeline = timeline("cmtime-18x800-C");
        assertNull(timeline.firstDrop(DropCause.D1_WIRE_RING_FULL.name()));
        Timeline.Lane tunnels = timeline.workqueues().get("mlx4_ibt1");
        Timeline.Lane wire = timeline.workqueues().get("mlx4_ibwi1");
        assertNotNull(wire, "the wire context has its own workqueue");
        for (int i = 0; i < tunnels.size(); i++) {
            assertFalse(timeline.isWire(tunnels.context(i)), "no wire work on mlx4_ibt1");
        }
        int concurrent = 0;
        for (int i = 0; i < wire.size(); i++) {
            int tunnel = tunnels.runningAt(wire.startNs(i));
            concurrent += tunnel >= 0 ? 1 : 0;
        }
        assertTrue(concurrent > 0, "wire works start while tunnel works run");
        assertTrue(timeline.cpus().size() >= 2, "on CPUs of their own");
    }
}
