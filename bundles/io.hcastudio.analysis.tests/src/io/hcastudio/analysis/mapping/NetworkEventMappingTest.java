package io.hcastudio.analysis.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.PortChangeEvent;
import io.hcastudio.model.PortChangeKind;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.NetworkEventConfig;
import io.hcastudio.sim.config.NetworkEventConfig.Kind;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.metrics.ReactionCounters;

/**
 * Network events and stack reactions of a scenario reach the engine at the right ports and interfaces: one default
 * reaction covers every function of every simulated HCA, a function's own reaction overrides it, and every attribute
 * changes what a run does.
 */
class NetworkEventMappingTest {

    private static final HcaFactory FACTORY = HcaFactory.eINSTANCE;
    private static final long MS = 1_000_000;

    private static Scenario burstScenario(Topology topology) {
        Scenario scenario = topology.getScenarios().stream()
                .filter(candidate -> candidate.getName().equals("T2-inbound-burst-B")).findFirst().orElseThrow();
        scenario.getRunSettings().setStopTimeMs(0);
        return scenario;
    }

    private static List<NetworkEventConfig> events(SimulationConfig config) {
        return config.workloads().stream().filter(NetworkEventConfig.class::isInstance)
                .map(NetworkEventConfig.class::cast).toList();
    }

    private static List<StackReactionConfig> reactions(SimulationConfig config) {
        return config.workloads().stream().filter(StackReactionConfig.class::isInstance)
                .map(StackReactionConfig.class::cast).toList();
    }

    private static StackReaction reaction(int groups, int neighbours, int connections) {
        StackReaction reaction = FACTORY.createStackReaction();
        reaction.setName("rds");
        reaction.setMulticastGroups(groups);
        reaction.setNeighbours(neighbours);
        reaction.setConnections(connections);
        return reaction;
    }

    private static SmEvent reregister(long atNs) {
        SmEvent event = FACTORY.createSmEvent();
        event.setName("rereg");
        event.setTimeNs(atNs);
        return event;
    }

    @Test
    void aLinkEventTakesDownTheHcaPortAtTheLinksEndAndOneDefaultReactionCoversEveryFunction()
            throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = burstScenario(topology);
        LinkEvent flap = FACTORY.createLinkEvent();
        flap.setName("flap");
        flap.setLink(topology.getLinks().get(2));
        flap.setTimeNs(300 * MS);
        scenario.getEvents().add(flap);
        scenario.getReactions().add(reaction(2, 3, 0));
        SimulationConfig config = ScenarioMapper.map(scenario, RunOverrides.NONE).config();
        assertEquals(List.of(NetworkEventConfig.linkDown(List.of(FabricPort.of("hostB", 1)), 300 * MS, 50 * MS)),
                events(config), "downDurationNs defaults to 50 ms");
        // hostA and hostB: 9 functions on 2 ports each; smhost's HCA has no functions.
        List<StackReactionConfig> reactions = reactions(config);
        assertEquals(36, reactions.size());
        assertTrue(reactions.stream().allMatch(r -> r.multicastGroups() == 2 && r.neighbours() == 3
                && r.connections() == 0 && r.peer() == null));
    }

    @Test
    void aFunctionsOwnReactionOverridesTheDefaultAndDefaultPeersAreOnTheNextHost() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = burstScenario(topology);
        scenario.getEvents().add(reregister(MS));
        scenario.getReactions().add(reaction(1, 0, 2));
        Hca hostA = topology.getHosts().get(1).getHcas().get(0);
        Hca hostB = topology.getHosts().get(2).getHcas().get(0);
        StackReaction own = reaction(0, 5, 7);
        own.setFunction(hostA.getFunctions().get(5));
        own.setPeer(hostB.getFunctions().get(2));
        scenario.getReactions().add(own);
        SimulationConfig config = ScenarioMapper.map(scenario, RunOverrides.NONE).config();
        List<StackReactionConfig> reactions = reactions(config);
        assertEquals(new StackReactionConfig(new Interface("hostA", 5, 2), 0, 5, 7, new Interface("hostB", 2, 2)),
                reactions.stream().filter(r -> r.itf().equals(new Interface("hostA", 5, 2))).findFirst()
                        .orElseThrow());
        assertEquals(new StackReactionConfig(new Interface("hostB", 3, 1), 1, 0, 2, new Interface("hostA", 3, 1)),
                reactions.stream().filter(r -> r.itf().equals(new Interface("hostB", 3, 1))).findFirst()
                        .orElseThrow());
        // A ClientReregister touches every port of every simulated HCA.
        assertEquals(List.of(new NetworkEventConfig(Kind.CLIENT_REREGISTER, List.of(FabricPort.of("hostA", 1),
                FabricPort.of("hostA", 2), FabricPort.of("hostB", 1), FabricPort.of("hostB", 2)), MS, 0)),
                events(config));
    }

    @Test
    void aSwitchEventTakesDownEveryLinkOfTheSwitchAndTheOtherKindsMapToTheirEngineKinds() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = burstScenario(topology);
        LinkEvent reboot = FACTORY.createLinkEvent();
        reboot.setFabricSwitch(topology.getSwitches().get(0));
        reboot.setDownDurationNs(0);
        SmEvent failover = reregister(2 * MS);
        failover.setKind(SmEventKind.FAILOVER);
        failover.setFailoverGapNs(40_000 * MS);
        PortChangeEvent lid = FACTORY.createPortChangeEvent();
        lid.setPort(topology.getHosts().get(1).getHcas().get(0).getPorts().get(1));
        lid.setChange(PortChangeKind.PKEY);
        scenario.getEvents().addAll(List.of(reboot, failover, lid));
        List<NetworkEventConfig> events = events(ScenarioMapper.map(scenario, RunOverrides.NONE).config());
        assertEquals(NetworkEventConfig.linkDown(List.of(FabricPort.of("hostA", 1), FabricPort.of("hostA", 2),
                FabricPort.of("hostB", 1), FabricPort.of("hostB", 2), FabricPort.SUBNET_ADMINISTRATOR), 0,
                Long.MAX_VALUE), events.get(0));
        assertEquals(Kind.SM_FAILOVER, events.get(1).kind());
        assertEquals(40_000 * MS, events.get(1).durationNs());
        assertEquals(new NetworkEventConfig(Kind.PKEY_CHANGE, List.of(FabricPort.of("hostA", 2)), 0, 0),
                events.get(2));
    }

    @Test
    void anEventOnAPortTheSimulatorDoesNotRunIsAProblemNamingTheEvent() {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = burstScenario(topology);
        PortChangeEvent lid = FACTORY.createPortChangeEvent();
        lid.setName("sm lid");
        lid.setPort(topology.getHosts().get(0).getHcas().get(0).getPorts().get(0));
        scenario.getEvents().add(lid);
        ModelValidationException error = assertThrows(ModelValidationException.class,
                () -> ScenarioMapper.map(scenario, RunOverrides.NONE));
        assertTrue(error.getMessage().contains("'sm lid'"), error.getMessage());
    }

    /** A ClientReregister at 1 ms with the default reaction {@code reaction}: what the run's stacks did. */
    private static ReactionCounters reregisterRun(StackReaction reaction) throws AnalysisException {
        Scenario scenario = burstScenario(ExampleModels.commitTestbed());
        scenario.getEvents().add(reregister(MS));
        scenario.getReactions().add(reaction);
        return SimulationRunner.run(ScenarioMapper.map(scenario, RunOverrides.NONE).config()).reactions();
    }

    @Test
    void everyReactionAttributeChangesWhatTheRunDoes() throws AnalysisException {
        ReactionCounters base = reregisterRun(reaction(2, 3, 0));
        // 36 interfaces; each PF joins each group once per port: 2 groups x 4 ports.
        assertEquals(36 * 2, base.multicastJoins());
        assertEquals(2 * 4, base.joinsToSa());
        assertEquals(36 * 3, base.pathQueries());
        // 4 ports, 9 functions each: 36 port events, and 2 GUIDInfo records per port.
        assertEquals(36, base.portEvents());
        assertEquals(8, base.aliasGuidSets());
        assertEquals(36 * 4, reregisterRun(reaction(4, 3, 0)).multicastJoins());
        assertEquals(36 * 5, reregisterRun(reaction(2, 5, 0)).pathQueries());
        // A ClientReregister keeps connections up; a LID change makes them reconnect.
        assertEquals(0, reregisterRun(reaction(2, 3, 6)).reconnections());
    }

    @Test
    void connectionsAndPeersChangeTheReconnectionsOfALidChange() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = burstScenario(topology);
        PortChangeEvent lid = FACTORY.createPortChangeEvent();
        lid.setPort(topology.getHosts().get(1).getHcas().get(0).getPorts().get(0));
        lid.setTimeNs(MS);
        scenario.getEvents().add(lid);
        scenario.getReactions().add(reaction(0, 0, 3));
        var result = SimulationRunner.run(ScenarioMapper.map(scenario, RunOverrides.NONE).config());
        // hostA port 1: 9 functions reconnect 3 connections each to hostB.
        assertEquals(27, result.reactions().reconnections());
        assertEquals(27, result.recoveries().get(0).affected());
        assertEquals(27, result.recoveries().get(0).recovered());
        Hca hostA = topology.getHosts().get(1).getHcas().get(0);
        StackReaction local = reaction(0, 0, 3);
        local.setFunction(hostA.getFunctions().get(1));
        local.setPeer(hostA.getFunctions().get(2));
        scenario.getReactions().add(local);
        var withPeer = SimulationRunner.run(ScenarioMapper.map(scenario, RunOverrides.NONE).config());
        assertEquals(27, withPeer.recoveries().get(0).recovered());
        assertNotEquals(result.recoveries().get(0).recoveryNs(), withPeer.recoveries().get(0).recoveryNs());
    }
}
