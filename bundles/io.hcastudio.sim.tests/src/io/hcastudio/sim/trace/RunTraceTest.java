package io.hcastudio.sim.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.Scenarios;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.RingStats;
import io.hcastudio.sim.metrics.SimulationResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The run trace: it only observes, it agrees with the run's own statistics, it filters, it reads back. */
class RunTraceTest {

    /** A smaller commit scenario (18 functions, 200 connections) under profile B that drops on the wire ring (D1). */
    private static SimulationConfig scenario() {
        return Scenarios.commitScenario(DriverConfig.profileB(), DriverConfig.profileB(), 18, 2, 200);
    }

    private record Traced(SimulationResult result, byte[] bytes) {
    }

    private static Traced traced(SimulationConfig config, TraceFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimulationResult result;
        try (TraceRecorder trace = new TraceRecorder(out, filter)) {
            result = SimulationRunner.run(config, RunMonitor.NONE, trace);
        }
        return new Traced(result, out.toByteArray());
    }

    private static TraceReader reader(byte[] bytes) throws IOException {
        return new TraceReader(new ByteArrayInputStream(bytes), "test.hctrace");
    }

    @Test
    void tracingChangesNothingAndIsDeterministic() throws IOException {
        SimulationResult plain = SimulationRunner.run(scenario());
        Traced first = traced(scenario(), TraceFilter.ALL);
        Traced second = traced(scenario(), TraceFilter.ALL);
        assertEquals(plain, first.result());
        assertTrue(plain.totalDrops() > 0, "the scenario drops MADs");
        assertArrayEquals(first.bytes(), second.bytes());
    }

    @Test
    void traceAgreesWithTheRunsStatistics() throws IOException {
        Traced run = traced(scenario(), TraceFilter.ALL);
        Map<String, Long> starts = new HashMap<>();
        Map<String, Long> ends = new HashMap<>();
        Map<String, Long> queued = new HashMap<>();
        Map<String, Long> full = new HashMap<>();
        long drops = 0;
        long cqesInEnds = 0;
        long cqes = 0;
        long lastNs = 0;
        try (TraceReader reader = reader(run.bytes())) {
            while (reader.next()) {
                assertTrue(reader.timeNs() >= lastNs, "times never decrease");
                lastNs = reader.timeNs();
                switch (reader.kind()) {
                    case WORK_START -> starts.merge(reader.entity(reader.field(0)).label(), 1L, Long::sum);
                    case WORK_END -> {
                        ends.merge(reader.entity(reader.field(0)).label(), 1L, Long::sum);
                        cqesInEnds += reader.field(3);
                    }
                    case QUEUE_WORK -> queued.merge(reader.entity(reader.field(0)).label(), 1L, Long::sum);
                    case RING_FULL -> full.merge(reader.entity(reader.field(0)).label(), 1L, Long::sum);
                    case CQE -> cqes++;
                    case DROP -> drops++;
                    default -> {
                    }
                }
            }
        }
        assertEquals(run.result().totalDrops(), drops);
        assertEquals(cqes, cqesInEnds, "every polled CQE belongs to a work run");
        for (CqStats cq : run.result().cqs()) {
            String label = cq.host() + "/p" + cq.port() + "/" + (cq.function() < 0 ? "wire" : "f" + cq.function());
            assertEquals(cq.workRuns(), starts.getOrDefault(label, 0L), label);
            assertEquals(cq.workRuns(), ends.getOrDefault(label, 0L), label);
            assertEquals(cq.queueRequests(), queued.getOrDefault(label, 0L), label);
        }
        Map<String, Long> rejects = new HashMap<>();
        for (RingStats ring : run.result().rings()) {
            String label = ring.host() + "/p" + ring.port() + "/"
                    + (ring.function() < 0 ? "wire" : "f" + ring.function());
            rejects.merge(label, ring.sendRejects(), Long::sum);
        }
        rejects.values().removeIf(count -> count == 0);
        assertEquals(rejects, full);
    }

    @Test
    void filtersKeepOnlyTheWindowAndTheChosenPortsAndFunctions() throws IOException {
        Traced all = traced(scenario(), TraceFilter.ALL);
        long windowStart = 2_000_000;
        long windowEnd = 6_000_000;
        Traced filtered = traced(scenario(), new TraceFilter(windowStart, windowEnd, Set.of(1), Set.of(-1, 2)));
        assertEquals(all.result(), filtered.result());
        assertTrue(filtered.bytes().length < all.bytes().length / 4, "the filter keeps a small part");
        long events = 0;
        try (TraceReader reader = reader(filtered.bytes())) {
            while (reader.next()) {
                events++;
                assertTrue(reader.timeNs() >= windowStart && reader.timeNs() < windowEnd, reader.kind() + " at "
                        + reader.timeNs());
                switch (reader.kind()) {
                    case CQ_EVENT, QUEUE_WORK, WORK_START, WORK_END, CQE, RING_RESERVE, RING_RELEASE, RING_FULL,
                            MAD_SEND, MAD_RECEIVE, CM_STATE -> {
                        TraceReader.Entity entity = reader.entity(reader.field(0));
                        assertEquals(1, entity.port(), reader.kind().name());
                        assertTrue(entity.function() == -1 || entity.function() == 2, reader.kind().name());
                    }
                    case DROP -> {
                        assertEquals(1, reader.field(1));
                        assertTrue(reader.field(2) == 0 || reader.field(2) == 3);
                    }
                    default -> {
                    }
                }
            }
        }
        assertTrue(events > 0, "the window holds events");
    }

    @Test
    void aCutOrForeignFileIsAnErrorNamingTheSource() throws IOException {
        byte[] bytes = traced(scenario(), TraceFilter.ALL).bytes();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        IOException truncated = assertThrows(IOException.class, () -> {
            try (TraceReader reader = reader(cut)) {
                while (reader.next()) {
                    // read to the end
                }
            }
        });
        assertTrue(truncated.getMessage().startsWith("test.hctrace: byte "), truncated.getMessage());
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        IOException foreign = assertThrows(IOException.class, () -> reader("# tracer: nop\n".getBytes()));
        assertTrue(foreign.getMessage().contains("not an HCA Studio run trace"), foreign.getMessage());
        try (TraceReader empty = reader(Arrays.copyOf(bytes, 9))) {
            assertFalse(empty.next());
        }
    }
}
