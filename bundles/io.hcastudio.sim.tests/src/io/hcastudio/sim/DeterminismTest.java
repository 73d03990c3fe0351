package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.DriverProfile;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingParameters;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.kernel.RunOutcome;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeterminismTest {

    /** A smaller commit scenario with random wake-up jitter and random tie order, so the seed matters. */
    private static SimulationConfig jittered() {
        return Scenarios.commitScenario(DriverProfile.profileA(), DriverProfile.profileA(), 4, 2, 300)
                .withTiming(TimingParameters.defaults().withWakeJitterNs(200_000).withIssueNs(4_000))
                .withRandomizedTies(true);
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        SimulationResult first = SimulationRunner.run(jittered().withSeed(11));
        SimulationResult second = SimulationRunner.run(jittered().withSeed(11));
        assertEquals(first, second);
        assertEquals(first.toString(), second.toString());
        assertTrue(first.totalDrops() > 0, "the scenario exercises drops");
        SimulationResult other = SimulationRunner.run(jittered().withSeed(12));
        assertNotEquals(first.toString(), other.toString(), "the seed feeds the jitter and tie streams");
    }

    @Test
    void replicationResultsDoNotDependOnThreadCount() {
        List<SimulationResult> serial = SimulationRunner.runReplications(jittered(), 4, 1);
        List<SimulationResult> parallel = SimulationRunner.runReplications(jittered(), 4, 3);
        assertEquals(serial.toString(), parallel.toString());
        assertEquals(4, serial.stream().map(SimulationResult::seed).distinct().count());
    }

    @Test
    void aCancelledRunSaysSo() {
        RunMonitor cancelAtOnce = new RunMonitor() {
            @Override
            public void progress(long simTimeNs, long events) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        SimulationResult result = SimulationRunner.run(jittered(), cancelAtOnce);
        assertEquals(RunOutcome.CANCELLED, result.outcome());
        assertTrue(result.cancelled());
        assertTrue(result.mads().inFlight() > 0);
    }

    @Test
    void budgetAndStopTimeAreReported() {
        SimulationResult budget = SimulationRunner.run(jittered().withLimits(Long.MAX_VALUE, 10_000));
        assertEquals(RunOutcome.EVENT_BUDGET_EXHAUSTED, budget.outcome());
        assertEquals(10_000, budget.eventsProcessed());
        SimulationResult stopped = SimulationRunner.run(jittered().withLimits(1_000_000, Long.MAX_VALUE));
        assertEquals(RunOutcome.STOP_TIME_REACHED, stopped.outcome());
        assertEquals(1_000_000, stopped.endTimeNs());
    }
}
