package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.kernel.RunMonitor;
import io.hcastudio.sim.kernel.RunOutcome;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class DeterminismTest {

    /** A smaller commit scenario with random wake-up jitter and random tie order, so the seed matters. */
    private static SimulationConfig jittered() {
        return Scenarios.commitScenario(DriverConfig.profileA(), DriverConfig.profileA(), 4, 2, 300).toBuilder()
                .timing(TimingConfig.builder().wakeLatencyNs(new Distribution.Uniform(20_000, 220_000))
                        .issueCostNs(4_000).build())
                .randomizeTies(true).build();
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
    void aRunRecordingNoSeriesGivesEveryOtherFigureOfARunThatDoes() {
        SimulationResult full = SimulationRunner.run(jittered().withSeed(5));
        SimulationResult bare = SimulationRunner.run(jittered().withSeed(5).toBuilder()
                .metrics(MetricsSettings.summaryOnly()).build());
        assertFalse(full.series().isEmpty(), "the scenario's rings and CQs change");
        assertEquals(List.of(), bare.series());
        SimulationResult fullWithoutSeries = new SimulationResult(full.outcome(), full.seed(), full.endTimeNs(),
                full.eventsProcessed(), full.drops(), full.rings(), full.cqs(), List.of(), full.madLatency(),
                full.mads(), full.connections(), full.connectionSteps(), full.recoveries(), full.reactions());
        assertEquals(fullWithoutSeries, bare);
        assertEquals(fullWithoutSeries.toString(), bare.toString());
    }

    @Test
    void runsOnSeveralThreadsGiveWhatTheyGiveAlone() throws Exception {
        List<SimulationConfig> configs = LongStream.rangeClosed(1, 4).mapToObj(jittered()::withSeed).toList();
        List<String> alone = configs.stream().map(config -> SimulationRunner.run(config).toString()).toList();
        List<String> together = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<SimulationResult>> runs = new ArrayList<>();
            for (SimulationConfig config : configs) {
                runs.add(pool.submit(() -> SimulationRunner.run(config)));
            }
            for (Future<SimulationResult> run : runs) {
                together.add(run.get().toString());
            }
        }
        assertEquals(alone, together);
        assertEquals(4, alone.stream().distinct().count(), "each seed gives its own run");
    }

    @Test
    void aRunReusingTheMemoryOfOtherRunsGivesWhatItGivesOnAFreshThread() throws Exception {
        SimulationConfig config = jittered().withSeed(3);
        String fresh = onNewThread(() -> SimulationRunner.run(config).toString());
        // Earlier runs of other shapes leave their connections, CM entries, MADs and maps in every state.
        String afterOthers = onNewThread(() -> {
            SimulationRunner.run(Scenarios.commitScenario(DriverConfig.profileB(), DriverConfig.profileB(), 6, 2, 500));
            SimulationRunner.run(jittered().withSeed(9));
            return SimulationRunner.run(config).toString();
        });
        assertEquals(fresh, afterOthers);
    }

    private static String onNewThread(Callable<String> task) throws Exception {
        try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
            return thread.submit(task).get();
        }
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
        SimulationResult budget = SimulationRunner.run(jittered().toBuilder().stopTimeNs(Long.MAX_VALUE)
                .eventBudget(10_000).build());
        assertEquals(RunOutcome.EVENT_BUDGET_EXHAUSTED, budget.outcome());
        assertEquals(10_000, budget.eventsProcessed());
        SimulationResult stopped = SimulationRunner.run(jittered().toBuilder().stopTimeNs(1_000_000)
                .eventBudget(Long.MAX_VALUE).build());
        assertEquals(RunOutcome.STOP_TIME_REACHED, stopped.outcome());
        assertEquals(1_000_000, stopped.endTimeNs());
    }
}
