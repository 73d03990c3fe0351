package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.kernel.RunOutcome;
import io.hcastudio.sim.metrics.ConnectionSummary;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.SimulationResult;

import org.junit.jupiter.api.Test;

/** Spec §6.2: 18 interfaces × 800 connections against a peer configured alike, default §5 timings. */
class CommitScenarioTest {

    private static SimulationResult run(DriverConfig profile) {
        SimulationResult result = SimulationRunner.run(Scenarios.commitScenario(profile));
        assertEquals(RunOutcome.COMPLETED, result.outcome());
        assertEquals(result.mads().created(), result.mads().delivered() + result.mads().dropped());
        return result;
    }

    @Test
    void profileCLosesNothingAndEstablishesAll14400() {
        SimulationResult result = run(DriverConfig.profileC());
        assertEquals(0, result.totalDrops(), result.drops().toString());
        ConnectionSummary connections = result.connections();
        assertEquals(14_400, connections.attempted());
        assertEquals(14_400, connections.established());
        assertEquals(0, connections.delayed());
        assertEquals(0, connections.counters().saTimeouts() + connections.counters().reqRetries()
                + connections.counters().repRetries() + connections.counters().dreqRetries());
        // 7 wire MADs per connection (spec §4.4)
        assertEquals(100_800, result.mads().created());
    }

    @Test
    void profileBStarvesTheWireReaperAndDrops() {
        SimulationResult result = run(DriverConfig.profileB());
        long d1 = result.drops(DropCause.D1_WIRE_RING_FULL, Scenarios.CLIENT);
        assertTrue(d1 > 0, "D1 in profile B");
        assertTrue(result.connections().delayed() > 0);
        // Losses turn into delays: every SA drop costs one -t timeout.
        assertEquals(result.totalDrops(), result.connections().counters().saTimeouts()
                + result.connections().counters().reqRetries() + result.connections().counters().repRetries()
                + result.connections().counters().dreqRetries() + result.connections().counters().rtuResent());
    }

    @Test
    void profileADropsHeavily() {
        SimulationResult result = run(DriverConfig.profileA());
        assertTrue(result.drops(DropCause.D1_WIRE_RING_FULL, Scenarios.CLIENT) > 10_000);
        assertTrue(result.connections().delayed() > 0);
        assertTrue(result.connections().established() < 14_400);
    }

    @Test
    void profileDHasNoWireStarvationButTheSharedTunnelQueueOverrunsRxRings() {
        SimulationResult result = run(DriverConfig.profileD());
        assertEquals(0, result.drops(DropCause.D1_WIRE_RING_FULL));
        assertEquals(0, result.drops(DropCause.D2_TUNNEL_RING_FULL));
        assertTrue(result.drops(DropCause.D3_TUNNEL_RX_OVERRUN) > 0,
                "256 tunnel RX buffers do not absorb the route-phase backlog");
        assertEquals(14_400, result.connections().established());
    }
}
