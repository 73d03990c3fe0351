package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §6.1 T5: CQEs arriving while the work runs cause exactly one more run, not one per CQE. */
class RequeueSemanticsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 100, 400})
    void completionsDuringARunRequeueTheWorkOnce(int lateMads) {
        // First burst: 100 MADs at t = 0; the run starts at L_irq + L_wake = 25 us and needs 150 us of c_mux.
        // The second burst lands at 100 us, while the work runs on its re-armed CQ.
        SimulationConfig config = SimulationConfig.of(
                List.of(HostConfig.sriov("h", 1, 1, DriverConfig.profileC())),
                List.of(new OutboundBurstConfig("h", 0, 1, 100, 0),
                        new OutboundBurstConfig("h", 0, 1, lateMads, 100_000)));
        SimulationResult result = SimulationRunner.run(config);
        CqStats tunnel = result.cqs().stream().filter(c -> c.function() == 0).findFirst().orElseThrow();
        assertEquals(2, tunnel.completionEvents(), "one event per arming");
        assertEquals(2, tunnel.queueRequests());
        assertEquals(2, tunnel.workRuns(), "one extra run (it finds the CQ already drained)");
        assertEquals(0, result.totalDrops());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPendingWorkIsNotQueuedTwice(boolean split) {
        // Profile B shares mlx4_ibt1 between the tunnel and the wire works: while the tunnel work runs, the wire
        // CQ's first send CQE queues the wire work once; later CQEs find the CQ disarmed.
        DriverConfig profile = DriverConfig.profileB().toBuilder().splitWireWorkqueue(split).build();
        SimulationConfig config = SimulationConfig.of(List.of(HostConfig.sriov("h", 1, 1, profile)),
                List.of(new OutboundBurstConfig("h", 0, 1, 300, 0)));
        SimulationResult result = SimulationRunner.run(config);
        CqStats wire = result.cqs().stream().filter(c -> c.function() == -1).findFirst().orElseThrow();
        if (split) {
            // The wire work runs concurrently and is re-queued at most once per run.
            assertEquals(wire.completionEvents(), wire.queueRequests());
        } else {
            // One event for the first send CQE; the CQ stays disarmed for the other 298 that arrive while the
            // wire work waits behind the tunnel work, and the last CQE lands just after the wire run re-armed it.
            assertEquals(2, wire.completionEvents());
            assertEquals(2, wire.workRuns());
        }
        assertEquals(300, result.rings().stream().filter(r -> r.function() == -1).mapToLong(r -> r.reaps()).sum());
    }
}
