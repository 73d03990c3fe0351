package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.NetworkEventConfig.Kind;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.config.WorkloadConfig;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.ReactionCounters;
import io.hcastudio.sim.metrics.RecoveryFigure;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Network events and the stacks' reactions against effects computed by hand: how many port events the PF generates,
 * how many joins reach the SA, how many path queries and reconnections follow, and when the connections are back.
 */
class NetworkEventTest {

    private static final long MS = 1_000_000;
    private static final FabricPort H1 = FabricPort.of("h", 1);

    /** SR-IOV host h (functions, 1 port, profile C) and bare host b. */
    private static SimulationResult run(int functions, List<WorkloadConfig> workloads) {
        return SimulationRunner.run(SimulationConfig.of(List.of(HostConfig.sriov("h", functions, 1,
                DriverConfig.profileC()), HostConfig.bare("b", 1)), workloads));
    }

    private static List<WorkloadConfig> reactions(int functions, int groups, int neighbours) {
        List<WorkloadConfig> workloads = new ArrayList<>();
        for (int f = 0; f < functions; f++) {
            workloads.add(new StackReactionConfig(new Interface("h", f, 1), groups, neighbours, 0, null));
        }
        return workloads;
    }

    private static NetworkEventConfig reregister(long atNs) {
        return new NetworkEventConfig(Kind.CLIENT_REREGISTER, List.of(H1, FabricPort.of("b", 1)), atNs, 0);
    }

    @Test
    void aPortDownOnThePfsPortGivesEveryFunctionPortErrThenPortActive() {
        SimulationResult result = run(9, List.of(NetworkEventConfig.linkDown(List.of(H1), MS, 50 * MS)));
        ReactionCounters counters = result.reactions();
        // 9 functions (PF + 8 VFs): one PORT_ERR and one PORT_ACTIVE each.
        assertEquals(18, counters.portEvents());
        // Back up, the port is re-registered: the PF sets its 8 VFs' alias GUIDs, entries 1-8 of GUIDInfo records 0
        // and 1 (entry 0 is the hardware GUID, never set).
        assertEquals(2, counters.aliasGuidSets());
        assertEquals(0, counters.multicastJoins());
        assertEquals(0, result.totalDrops());
    }

    /** Records per port for PF + 0, 7, 8 and 16 VFs: entry i of record i / 8 is function i's, entry 0 is never set. */
    @Test
    void thePfSetsOneGuidInfoRecordPerEightVfEntriesAndNoneWithoutVfs() {
        int[] functions = {1, 8, 9, 17};
        int[] records = {0, 1, 2, 3};
        for (int i = 0; i < functions.length; i++) {
            SimulationResult result = run(functions[i], List.of(reregister(MS)));
            assertEquals(records[i], result.reactions().aliasGuidSets(), functions[i] + " functions");
        }
    }

    @Test
    void clientReregisterMakesEveryIpoibRejoinAndThePfJoinsEachGroupOnceAtTheSa() {
        List<WorkloadConfig> workloads = reactions(4, 3, 0);
        workloads.add(reregister(MS));
        SimulationResult result = run(4, workloads);
        ReactionCounters counters = result.reactions();
        // 4 functions on h and the PF of b each get the event.
        assertEquals(5, counters.portEvents());
        // 4 IPoIB interfaces x 3 groups; the PF forwards none of them and sends one join per group.
        assertEquals(12, counters.multicastJoins());
        assertEquals(3, counters.joinsToSa());
        assertEquals(1, counters.aliasGuidSets());
        RecoveryFigure figure = result.recoveries().get(0);
        assertEquals(4, figure.ipoibAffected());
        assertEquals(0, figure.ipoibNeverRecovered());
        assertTrue(figure.ipoibRecoveryNs() > 0);
        assertEquals(0, result.totalDrops());
    }

    @Test
    void thePfAnswersJoinsOfGroupsItHasJoinedAndForgetsThemOnTheNextReregister() {
        List<WorkloadConfig> workloads = reactions(4, 3, 0);
        workloads.add(reregister(MS));
        // A P_Key change flushes IPoIB again, but the PF still holds the groups: it answers all 12 joins itself.
        workloads.add(new NetworkEventConfig(Kind.PKEY_CHANGE, List.of(H1), 100 * MS, 0));
        // A second ClientReregister empties the PF's groups: 3 more joins reach the SA.
        workloads.add(reregister(200 * MS));
        ReactionCounters counters = run(4, workloads).reactions();
        assertEquals(36, counters.multicastJoins());
        assertEquals(6, counters.joinsToSa());
        assertTrue(counters.joinsAnsweredByPf() >= 12, "answered by the PF: " + counters.joinsAnsweredByPf());
    }

    @Test
    void eachNeighbourCostsOnePathQueryAndGroupsAndNeighboursAreSetPerInterface() {
        List<WorkloadConfig> workloads = reactions(4, 1, 5);
        workloads.add(new StackReactionConfig(new Interface("b", 0, 1), 2, 1, 0, null));
        workloads.add(reregister(MS));
        ReactionCounters counters = run(4, workloads).reactions();
        assertEquals(4 * 5 + 1, counters.pathQueries());
        assertEquals(4 + 2, counters.multicastJoins());
        // h's PF joins its one group once; b has no proxy, so its 2 joins go to the SA themselves.
        assertEquals(1 + 2, counters.joinsToSa());
    }

    @Test
    void aLinkFlapMakesRdmaCmUsersReconnectOnceTheLinkIsBack() {
        List<WorkloadConfig> workloads = new ArrayList<>();
        workloads.add(new StackReactionConfig(new Interface("b", 0, 1), 0, 0, 10, new Interface("h", 1, 1)));
        workloads.add(NetworkEventConfig.linkDown(List.of(FabricPort.of("b", 1)), MS, 50 * MS));
        SimulationResult result = run(2, workloads);
        assertEquals(10, result.reactions().reconnections());
        RecoveryFigure figure = result.recoveries().get(0);
        assertEquals("link down b/p1", figure.incident());
        assertEquals(10, figure.affected());
        assertEquals(10, figure.recovered());
        // Nothing reconnects before the link is back at 51 ms; 10 connections take well under 50 ms more.
        assertTrue(figure.recoveryNs() > 50 * MS && figure.recoveryNs() < 100 * MS, "recovered in "
                + figure.recoveryNs());
    }

    @Test
    void aLinkThatStaysDownNeverRecovers() {
        List<WorkloadConfig> workloads = new ArrayList<>();
        workloads.add(new StackReactionConfig(new Interface("b", 0, 1), 2, 0, 10, new Interface("h", 1, 1)));
        workloads.add(NetworkEventConfig.linkDown(List.of(FabricPort.of("b", 1)), MS, Long.MAX_VALUE));
        SimulationResult result = run(2, workloads);
        RecoveryFigure figure = result.recoveries().get(0);
        assertEquals(0, result.reactions().reconnections());
        assertEquals(1, figure.ipoibAffected());
        assertEquals(1, figure.ipoibNeverRecovered());
        assertEquals(-1, figure.ipoibRecoveryNs());
    }

    @Test
    void lossOneOnThePeersPortLosesTheReconnectionsRequestAndItsRetriesUpToTheCmRetryCount() {
        List<WorkloadConfig> workloads = new ArrayList<>();
        workloads.add(new StackReactionConfig(new Interface("b", 0, 1), 0, 0, 1, new Interface("h", 1, 1)));
        workloads.add(new NetworkEventConfig(Kind.LID_CHANGE, List.of(FabricPort.of("b", 1)), MS, 0));
        workloads.add(PortFault.lossy(H1, 0, Long.MAX_VALUE, 1.0, 0));
        SimulationResult result = run(2, workloads);
        // The REQ and its 15 retries are lost at h's port; the PathRecord query goes to the SA and is answered.
        assertEquals(16, result.drops(DropCause.LINK_FAULT_LOSS));
        RecoveryFigure event = result.recoveries().get(0);
        assertEquals(1, event.affected());
        assertEquals(0, event.recovered());
        assertEquals(1, event.neverRecovered());
        assertEquals(-1, event.recoveryNs());
        RecoveryFigure fault = result.recoveries().get(1);
        assertEquals("port fault h/p1", fault.incident());
        assertEquals(1, fault.neverRecovered());
    }

    @Test
    void anSmFailoverLeavesTheSaSilentForTheGapThenReregistersEveryPort() {
        List<WorkloadConfig> workloads = reactions(2, 1, 0);
        workloads.add(new NetworkEventConfig(Kind.SM_FAILOVER, List.of(H1, FabricPort.of("b", 1)), MS, 100 * MS));
        SimulationResult result = run(2, workloads);
        RecoveryFigure figure = result.recoveries().get(0);
        assertEquals(2, figure.ipoibAffected());
        assertTrue(figure.ipoibRecoveryNs() > 100 * MS && figure.ipoibRecoveryNs() < 101 * MS,
                "IPoIB back after " + figure.ipoibRecoveryNs());
        assertEquals(1, result.reactions().joinsToSa());
    }

    /** A LID change on both ports of hostA whose 18 functions reconnect 800 connections each to hostB. */
    private static SimulationResult reconnectionStorm(DriverConfig profile) {
        List<WorkloadConfig> workloads = new ArrayList<>();
        List<FabricPort> ports = new ArrayList<>();
        for (int port = 1; port <= 2; port++) {
            ports.add(FabricPort.of("hostA", port));
            for (int f = 0; f < 9; f++) {
                workloads.add(new StackReactionConfig(new Interface("hostA", f, port), 4, 8, 800,
                        new Interface("hostB", f, port)));
            }
        }
        workloads.add(new NetworkEventConfig(Kind.LID_CHANGE, ports, MS, 0));
        return SimulationRunner.run(SimulationConfig.of(List.of(HostConfig.sriov("hostA", 9, 2, profile),
                HostConfig.sriov("hostB", 9, 2, profile)), workloads));
    }

    @Test
    void aReconnectionStormGoesThroughTheProxySoTheProfileDecidesTheLosses() {
        SimulationResult b = reconnectionStorm(DriverConfig.profileB());
        SimulationResult c = reconnectionStorm(DriverConfig.profileC());
        // 14,400 reconnections, as many as the commit scenario's connections: B's 2048-slot wire ring overflows.
        assertEquals(14_400, b.reactions().reconnections());
        assertTrue(b.drops(DropCause.D1_WIRE_RING_FULL) > 0);
        assertEquals(0, c.totalDrops());
        assertEquals(14_400, b.recoveries().get(0).recovered());
        assertEquals(14_400, c.recoveries().get(0).recovered());
        // B's lost REQs wait for the CM's retry: its storm takes longer to recover.
        assertTrue(b.recoveries().get(0).recoveryNs() > c.recoveries().get(0).recoveryNs());
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        List<WorkloadConfig> workloads = reactions(9, 4, 8);
        workloads.add(new StackReactionConfig(new Interface("b", 0, 1), 4, 8, 20, new Interface("h", 3, 1)));
        workloads.add(NetworkEventConfig.linkDown(List.of(H1, FabricPort.of("b", 1)), MS, 50 * MS));
        assertEquals(run(9, workloads).toString(), run(9, workloads).toString());
    }

    @Test
    void badEventsAndReactionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NetworkEventConfig.linkDown(List.of(H1), -1, MS));
        assertThrows(IllegalArgumentException.class, () -> NetworkEventConfig.linkDown(List.of(), 0, MS));
        assertThrows(IllegalArgumentException.class,
                () -> new StackReactionConfig(new Interface("h", 0, 1), 1, 1, 3, null));
        assertThrows(IllegalArgumentException.class,
                () -> run(2, List.of(NetworkEventConfig.linkDown(List.of(FabricPort.of("h", 2)), 0, MS))));
    }
}
