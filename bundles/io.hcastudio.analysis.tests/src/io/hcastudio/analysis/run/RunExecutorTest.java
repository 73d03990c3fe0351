package io.hcastudio.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.RunOutcome;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.kernel.RunMonitor;

class RunExecutorTest {

    private static RunSpec spec(String scenario, RunOverrides overrides) throws AnalysisException {
        return StudyPlanner.planRun(ExampleModels.commitTestbed(), scenario, overrides).runs().get(0);
    }

    @Test
    void outboundBurstDropsWhatTheSingleWorkqueueCannotReap() throws AnalysisException {
        CompletedRun profileB = RunExecutor.execute(spec("T1-outbound-burst-B", RunOverrides.NONE), RunMonitor.NONE)
                .orElseThrow();
        CompletedRun profileC = RunExecutor.execute(spec("T1-outbound-burst-B", RunOverrides.NONE.withProfile("C")),
                RunMonitor.NONE).orElseThrow();

        // Proxy specification T1: 9 × 500 − (2048 − 1) under B, nothing with the split workqueue.
        assertEquals(2453, profileB.record().drops(DropCause.D1_WIRE_RING_FULL));
        assertEquals(0, profileC.record().drops(DropCause.D1_WIRE_RING_FULL));
        assertEquals(RunOutcome.COMPLETED, profileB.record().outcome());
        assertEquals("B", profileB.record().profile());
        assertEquals("C", profileC.record().profile());
    }

    @Test
    void sameSeedGivesIdenticalResults() throws AnalysisException {
        RunSpec spec = spec("T2-inbound-burst-B", RunOverrides.NONE.withSeed(5L));
        RunSpec shuffled = new RunSpec(spec.runId(), spec.pointIndex(), spec.replication(), spec.parameters(),
                spec.profile(), spec.config().toBuilder().randomizeTies(true).build());

        Optional<CompletedRun> first = RunExecutor.execute(shuffled, RunMonitor.NONE);
        Optional<CompletedRun> second = RunExecutor.execute(shuffled, RunMonitor.NONE);

        assertEquals(first, second);
        assertEquals(289, first.orElseThrow().record().drops(DropCause.D2_TUNNEL_RING_FULL));
    }

    @Test
    void aCancelledRunYieldsNoResult() throws AnalysisException {
        RunMonitor cancelAtOnce = new RunMonitor() {
            @Override
            public void progress(long simTimeNs, long eventsProcessed) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertTrue(RunExecutor.execute(spec("T1-outbound-burst-B", RunOverrides.NONE), cancelAtOnce).isEmpty());
    }
}
