package io.hcastudio.analysis.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;

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
 * {@code mlx4_ibwi1} while tunnel works run on {@code mlx4_ibt1}. A D1 drop's MAD life goes function, tunnel, the
 * tunnel work that polled it, the drop; its ring filled while a tunnel work ran.
 */
class TimelineTest {

    @TempDir
    static Path folder;

    /** Each scenario is run once for the whole class. */
    private static final Map<String, Timeline> READ = new HashMap<>();

    private static Path trace(String scenario) throws AnalysisException {
        Path results = folder.resolve(scenario + ".sqlite");
        Path trace = TraceRequest.traceFile(results, 0);
        if (!trace.toFile().isFile()) {
            StudyPlan plan = StudyPlanner.planRun(ExampleModels.commitTestbed(), scenario, RunOverrides.NONE);
            StudyRunner.run(plan, results, 1, StudyMonitor.NONE, new TraceRequest(results, TraceFilter.ALL));
        }
        return trace;
    }

    private static Timeline timeline(String scenario) throws AnalysisException, IOException {
        Timeline read = READ.get(scenario);
        if (read == null) {
            read = Timeline.read(trace(scenario), "hostA");
            READ.put(scenario, read);
        }
        return read;
    }

    @Test
    void aD1DropsLifeGoesFunctionTunnelTunnelWorkDropAndItsRingFilledWhileATunnelWorkRan() throws Exception {
        Timeline timeline = timeline("cmtime-18x800-B");
        Timeline.Drop drop = timeline.firstDrop(DropCause.D1_WIRE_RING_FULL.name());
        List<Timeline.MadStep> life = timeline.madLife(drop.madId());
        assertEquals(Timeline.Step.SENT, life.get(0).step(), life.toString());
        assertTrue(life.get(0).iface() >= 0, "sent by one of hostA's interfaces");
        Timeline.MadStep polled = life.stream().filter(step -> step.step() == Timeline.Step.POLLED).findFirst()
                .orElseThrow(() -> new AssertionError("polled by a worker: " + life));
        assertFalse(timeline.isWire(polled.context()), "polled by its tunnel context");
        assertEquals("mlx4_ibt" + drop.port(), timeline.workqueueOf(polled.context()));
        assertTrue(life.stream().anyMatch(step -> step.step() == Timeline.Step.TUNNEL_RX), life.toString());
        Timeline.MadStep last = life.get(life.size() - 1);
        assertEquals(Timeline.Step.DROPPED, last.step());
        assertEquals(DropCause.D1_WIRE_RING_FULL.name(), last.detail());
        assertEquals(drop.timeNs(), last.timeNs());
        for (int i = 1; i < life.size(); i++) {
            assertTrue(life.get(i - 1).timeNs() <= life.get(i).timeNs(), "in time order: " + life);
        }

        Timeline.Ring ring = timeline.rings().get(drop.ring());
        assertTrue(timeline.isWire(ring.context()), ring.name());
        assertEquals(2047, ring.fullLevel(), "a 2048-slot wire ring fails at 2047 outstanding");
        long filled = ring.filledAt(drop.timeNs());
        assertTrue(filled >= 0 && filled <= drop.timeNs(), "filled at " + filled);
        assertEquals(ring.fullLevel(), ring.valueAt(filled));
        assertTrue(ring.valueAt(filled - 1) < ring.fullLevel(), "not full just before");
        Timeline.Lane lane = timeline.workqueues().get(timeline.workqueueOf(ring.context()));
        int running = lane.runningAt(filled);
        assertTrue(running >= 0 && !timeline.isWire(lane.context(running)),
                "a tunnel work ran when the wire ring filled");

        Random random = new Random(17);
        for (int k = 0; k < 500; k++) {
            int from = random.nextInt(ring.size());
            int to = from + random.nextInt(ring.size() - from + 1);
            int max = 0;
            for (int i = from; i < to; i++) {
                max = Math.max(max, ring.value(i));
            }
            assertEquals(max, ring.maxBetween(from, to), from + ".." + to);
        }
    }

    @Test
    void everyInterfaceEndsWithItsEightHundredConnectionsDisconnected() throws Exception {
        Timeline timeline = timeline("cmtime-18x800-B");
        assertEquals(18, timeline.interfaces().size());
        for (Timeline.Interface iface : timeline.interfaces()) {
            int last = iface.size() - 1;
            int total = 0;
            for (Timeline.CmPhase phase : Timeline.CmPhase.values()) {
                total += iface.count(last, phase);
            }
            assertEquals(800, total, iface.name());
            assertEquals(800, iface.count(last, Timeline.CmPhase.DONE), iface.name());
            int connecting = 0;
            for (int i = 0; i < iface.size(); i++) {
                connecting = Math.max(connecting, iface.count(i, Timeline.CmPhase.CONNECT));
            }
            assertTrue(connecting > 0, iface.name() + " had connections in the CM handshake");
        }
    }

    @Test
    void readingIsCancelledWhenProgressSaysSo() throws Exception {
        Path trace = trace("cmtime-18x800-B");
        long[] reported = {0};
        assertThrows(CancellationException.class, () -> Timeline.read(trace, null, (read, total) -> {
            reported[0] = read;
            return read < total / 2;
        }));
        assertTrue(reported[0] > 0, "progress was reported");
        assertEquals("hostA", Timeline.read(trace, null).host(), "null reads the first SR-IOV host");
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
