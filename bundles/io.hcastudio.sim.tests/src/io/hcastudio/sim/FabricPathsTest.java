package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FabricConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSummary;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.PhaseStats;
import io.hcastudio.sim.metrics.SimulationResult;

import org.junit.jupiter.api.Test;

/**
 * The fabric's paths and the SA's queue: MADs take their path's latency instead of the one switch hop, and the SA
 * drops requests the way OpenSM does when its queue is overloaded.
 */
class FabricPathsTest {

    private static final FabricPort CLIENT = FabricPort.of(Scenarios.CLIENT, 1);
    private static final FabricPort PEER = FabricPort.of(Scenarios.PEER, 1);
    private static final FabricPort SA = FabricPort.SUBNET_ADMINISTRATOR;
    private static final long HOP = TimingConfig.defaults().switchHopLatencyNs();

    @Test
    void aTableOfOneHopPathsGivesTheRunOfTheOneSwitchFabric() {
        SimulationResult oneSwitch = SimulationRunner.run(small());
        SimulationResult table = SimulationRunner.run(small(paths(HOP, HOP, HOP)));
        assertEquals(oneSwitch, table);
    }

    @Test
    void aLongerPathBetweenTheHostsMovesTheConnectTimes() {
        // REQ, REP and RTU cross the client-peer path; 50 us more each way delays every connect step by at least
        // the REQ/REP round trip, and route resolution (client-SA) not at all.
        ConnectionSummary near = SimulationRunner.run(small(paths(HOP, HOP, HOP))).connections();
        ConnectionSummary far = SimulationRunner.run(small(paths(HOP + 50_000, HOP, HOP))).connections();
        assertEquals(near.established(), far.established());
        assertTrue(phase(far, CmtimeStep.CONNECT).minNs() >= phase(near, CmtimeStep.CONNECT).minNs() + 100_000,
                "connect: " + phase(near, CmtimeStep.CONNECT) + " -> " + phase(far, CmtimeStep.CONNECT));
        assertEquals(phase(near, CmtimeStep.RESOLVE_ROUTE).minNs(), phase(far, CmtimeStep.RESOLVE_ROUTE).minNs());
    }

    @Test
    void aLongerPathToTheSaMovesRouteResolution() {
        ConnectionSummary near = SimulationRunner.run(small(paths(HOP, HOP, HOP))).connections();
        ConnectionSummary far = SimulationRunner.run(small(paths(HOP, HOP + 20_000, HOP + 20_000))).connections();
        // The PathRecord query and its answer each cross the client's path to the SA once: at least 40 us more (the
        // proxy's batching of completions can add to it).
        long nearNs = phase(near, CmtimeStep.RESOLVE_ROUTE).minNs();
        long farNs = phase(far, CmtimeStep.RESOLVE_ROUTE).minNs();
        assertTrue(farNs >= nearNs + 40_000, "resolve_route: " + nearNs + " -> " + farNs);
    }

    @Test
    void aMadBetweenAPairWithoutAPathIsRefusedNamingBothPorts() {
        // The client's PathRecord query has no way to the SA.
        FabricConfig missing = FabricConfig.builder().path(CLIENT, PEER, HOP).path(PEER, SA, HOP)
                .path(SA, SA, 0).path(CLIENT, CLIENT, 0).path(PEER, PEER, 0).build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SimulationRunner.run(small(missing)));
        assertTrue(error.getMessage().contains("between client/p1 and the SA"), error.getMessage());
    }

    @Test
    void aPairGivenTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> FabricConfig.builder().path(CLIENT, PEER, 1).path(PEER, CLIENT, 2).build());
    }

    @Test
    void anOverloadedSaDropsPathRecordQueriesAndConnectionsFailOrWait() {
        // The commit scenario floods the SA with 28,800 PathRecord queries (14,400 per host pair) at 20 us each: the
        // queue holds hundreds of ms of work. OpenSM's default limit (10 s) drops nothing; a 1 ms limit drops most
        // queries, and without SA retries (pre-v5.15) connections fail in resolve_route or wait for its timeout.
        SimulationConfig commit = Scenarios.commitScenario(DriverConfig.profileC());
        SimulationResult standard = SimulationRunner.run(commit);
        SimulationResult tight = SimulationRunner.run(commit.toBuilder()
                .fabric(FabricConfig.builder().saMaxQueueTimeMs(1).build()).build());
        SimulationResult unlimited = SimulationRunner.run(commit.toBuilder()
                .fabric(FabricConfig.builder().saMaxQueueTimeMs(0).build()).build());
        assertEquals(0, standard.drops(DropCause.SA_QUEUE_OVERFLOW));
        assertEquals(standard, unlimited);
        assertTrue(tight.drops(DropCause.SA_QUEUE_OVERFLOW) > 1_000, "dropped at the SA: "
                + tight.drops(DropCause.SA_QUEUE_OVERFLOW));
        assertTrue(tight.connections().failedRoute() > 0);
        assertTrue(tight.connections().delayed() > 0);
        assertEquals(standard.connections().attempted(), standard.connections().established());
    }

    /** One client and one peer function on port 1, profile C, 20 connections. */
    private static SimulationConfig small() {
        return Scenarios.commitScenario(DriverConfig.profileC(), DriverConfig.profileC(), 1, 1, 20);
    }

    private static SimulationConfig small(FabricConfig fabric) {
        return small().toBuilder().fabric(fabric).build();
    }

    /** Paths between client, peer and SA; a port to itself (not used here) one hop as on the one switch. */
    private static FabricConfig paths(long clientPeer, long clientSa, long peerSa) {
        return FabricConfig.builder().path(CLIENT, PEER, clientPeer).path(CLIENT, SA, clientSa)
                .path(PEER, SA, peerSa).path(CLIENT, CLIENT, HOP).path(PEER, PEER, HOP).path(SA, SA, HOP).build();
    }

    private static PhaseStats phase(ConnectionSummary summary, CmtimeStep step) {
        return summary.phases().get(step.ordinal());
    }
}
