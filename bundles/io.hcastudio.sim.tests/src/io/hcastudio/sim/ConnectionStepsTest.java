package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.metrics.CmCounters;
import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSteps;
import io.hcastudio.sim.metrics.PhaseStats;
import io.hcastudio.sim.metrics.SessionResult;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Per-connection cmtime steps against the per-phase and per-session figures they must add up to. */
class ConnectionStepsTest {

    @Test
    void commitScenarioWithProfileCRecordsAll14400ConnectionsCleanly() {
        SimulationResult result = SimulationRunner.run(Scenarios.commitScenario(DriverConfig.profileC()));
        List<ConnectionSteps> sessions = result.connectionSteps();
        assertEquals(18, sessions.size());
        assertEquals(14_400, sessions.stream().mapToInt(ConnectionSteps::size).sum());
        for (ConnectionSteps steps : sessions) {
            assertEquals(800, steps.size());
            for (int c = 0; c < steps.size(); c++) {
                assertTrue(steps.failedStep(c).isEmpty());
                for (CmtimeStep step : CmtimeStep.values()) {
                    assertTrue(steps.completed(c, step), step + " of connection " + c);
                    assertEquals(0, steps.retries(c, step));
                }
                // A connection takes its steps one after the other.
                assertTrue(steps.endNs(c, CmtimeStep.RESOLVE_ROUTE) <= steps.startNs(c, CmtimeStep.CONNECT));
                assertTrue(steps.endNs(c, CmtimeStep.CONNECT) <= steps.startNs(c, CmtimeStep.DISCONNECT));
            }
        }
        assertStepsMatchPhaseStatistics(result);
    }

    @Test
    void retriesAndFailuresAddUpToTheSessionAndCmCounters() {
        SimulationResult result = SimulationRunner.run(Scenarios.commitScenario(DriverConfig.profileA()));
        assertStepsMatchPhaseStatistics(result);
        long routeRetries = 0;
        long connectRetries = 0;
        long disconnectRetries = 0;
        for (int s = 0; s < result.connectionSteps().size(); s++) {
            ConnectionSteps steps = result.connectionSteps().get(s);
            SessionResult session = result.connections().sessions().get(s);
            int failedRoute = 0;
            int failedConnect = 0;
            for (int c = 0; c < steps.size(); c++) {
                routeRetries += steps.retries(c, CmtimeStep.RESOLVE_ROUTE);
                connectRetries += steps.retries(c, CmtimeStep.CONNECT);
                disconnectRetries += steps.retries(c, CmtimeStep.DISCONNECT);
                CmtimeStep failed = steps.failedStep(c).orElse(null);
                if (failed == CmtimeStep.RESOLVE_ROUTE) {
                    failedRoute++;
                    assertFalse(steps.completed(c, CmtimeStep.CONNECT), "a connection without route stops");
                } else if (failed == CmtimeStep.CONNECT) {
                    failedConnect++;
                    assertFalse(steps.completed(c, CmtimeStep.DISCONNECT), "an unconnected connection stops");
                }
            }
            assertEquals(session.failedRoute(), failedRoute);
            assertEquals(session.failedConnect(), failedConnect);
        }
        CmCounters counters = result.connections().counters();
        assertTrue(routeRetries > 0, "profile A loses route queries");
        // Every SA timeout leads to a retry, or to the connection failing in resolve_route.
        assertEquals(counters.saTimeouts(), routeRetries + result.connections().failedRoute());
        assertEquals(counters.reqRetries(), connectRetries);
        assertEquals(counters.dreqRetries(), disconnectRetries);
    }

    @Test
    void theResultStringSummarisesTheConnections() {
        SimulationResult result = SimulationRunner.run(Scenarios.commitScenario(DriverConfig.profileC()));
        for (ConnectionSteps steps : result.connectionSteps()) {
            String text = steps.toString();
            assertTrue(text.length() < 400, text);
            assertTrue(text.startsWith("ConnectionSteps[connections=800, resolve_route=[completed=800,"), text);
        }
    }

    @Test
    void stepsAreCopiedAndComparedByContent() {
        long[] start = {0, 10, 30};
        long[] end = {5, 20, ConnectionSteps.NOT_REACHED};
        int[] retries = {1, 0, 0};
        byte[] failed = {-1};
        ConnectionSteps steps = new ConnectionSteps(start, end, retries, failed);
        start[0] = 99;
        retries[0] = 7;
        assertEquals(new ConnectionSteps(new long[] {0, 10, 30}, end, new int[] {1, 0, 0}, failed), steps);
        assertEquals(5, steps.stepNs(0, CmtimeStep.RESOLVE_ROUTE));
        assertEquals(ConnectionSteps.NOT_REACHED, steps.stepNs(0, CmtimeStep.DISCONNECT));
        assertNotEquals(new ConnectionSteps(start, end, retries, failed), steps);
        assertThrows(IllegalArgumentException.class,
                () -> new ConnectionSteps(start, end, retries, new byte[] {3}));
        assertThrows(IllegalArgumentException.class,
                () -> new ConnectionSteps(start, end, retries, new byte[] {-1, -1}));
    }

    /** Count, min, max and mean of every phase, per session and over all, recomputed from the connections. */
    private static void assertStepsMatchPhaseStatistics(SimulationResult result) {
        List<ConnectionSteps> sessions = result.connectionSteps();
        for (CmtimeStep step : CmtimeStep.values()) {
            long allCount = 0;
            long allMin = Long.MAX_VALUE;
            long allMax = 0;
            long allSum = 0;
            for (int s = 0; s < sessions.size(); s++) {
                ConnectionSteps steps = sessions.get(s);
                long count = 0;
                long min = Long.MAX_VALUE;
                long max = 0;
                long sum = 0;
                for (int c = 0; c < steps.size(); c++) {
                    if (steps.completed(c, step)) {
                        long stepNs = steps.endNs(c, step) - steps.startNs(c, step);
                        assertTrue(stepNs >= 0);
                        count++;
                        min = Math.min(min, stepNs);
                        max = Math.max(max, stepNs);
                        sum += stepNs;
                    }
                }
                assertPhase(result.connections().sessions().get(s).phases().get(step.ordinal()), step, count, min,
                        max, sum);
                allCount += count;
                allMin = Math.min(allMin, min);
                allMax = Math.max(allMax, max);
                allSum += sum;
            }
            assertPhase(result.connections().phases().get(step.ordinal()), step, allCount, allMin, allMax, allSum);
        }
    }

    private static void assertPhase(PhaseStats phase, CmtimeStep step, long count, long min, long max, long sum) {
        assertEquals(step.label(), phase.phase());
        assertEquals(count, phase.count());
        if (count > 0) {
            assertEquals(min, phase.minNs());
            assertEquals(max, phase.maxNs());
            assertEquals((double) sum / count, phase.meanNs(), 1e-6 * Math.max(1, phase.meanNs()));
        }
    }
}
