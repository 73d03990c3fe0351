package io.hcastudio.analysis.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.FabricConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.metrics.CmtimeStep;
import io.hcastudio.sim.metrics.ConnectionSummary;
import io.hcastudio.sim.metrics.DropCause;

/** MADs cross the topology's path: its links' latencies and one switch hop per switch; the SA queue limit maps. */
class FabricPathsMappingTest {

    @Test
    void theCommitTestbedsOneSwitchGivesEveryPairOneHop() throws AnalysisException {
        SimulationConfig config = map(ExampleModels.commitTestbed(), "cmtime-18x800-C");
        Map<String, Long> paths = paths(config.fabric());
        // 4 host ports + the SA (on smhost, which the simulator does not run): 15 pairs, the 5 to itself free.
        assertEquals(15, config.fabric().paths().size());
        assertEquals(300, paths.get("hostA/p1-hostB/p2"));
        assertEquals(300, paths.get("hostA/p1-hostA/p2"));
        assertEquals(300, paths.get("hostB/p2-the SA"));
        assertEquals(0, paths.get("hostA/p1-hostA/p1"));
        assertEquals(FabricConfig.DEFAULT_SA_MAX_QUEUE_TIME_MS, config.fabric().saMaxQueueTimeMs());
    }

    @Test
    void theOneSwitchPathsRunAsTheEnginesOneSwitchFabric() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = fewConnections(topology, "cmtime-18x800-C", 40);
        SimulationConfig config = ScenarioMapper.map(scenario, RunOverrides.NONE).config();
        SimulationConfig oneSwitch = config.toBuilder().fabric(FabricConfig.defaults()).build();
        assertEquals(SimulationRunner.run(oneSwitch), SimulationRunner.run(config));
    }

    @Test
    void twoSwitchesInARowCostTwoHops() throws AnalysisException {
        Topology topology = ExampleModels.twoSwitchTwoPath();
        Map<String, Long> paths = paths(map(topology, topology.getScenarios().get(0).getName()).fabric());
        assertEquals(600, paths.get("host1/p1-host2/p1"));
        assertEquals(600, paths.get("host2/p2-the SA"));
        assertEquals(300, paths.get("host1/p2-the SA"));
        // OpenSM runs on host1's port 1: its own queries never leave the HCA.
        assertEquals(0, paths.get("host1/p1-the SA"));
    }

    @Test
    void aLinksLatencyAddsToEveryPathAcrossItAndDelaysConnecting() throws AnalysisException {
        Topology slow = ExampleModels.commitTestbed();
        linkOf(slow, "hostB", 1).setLatencyNs(50_000);
        linkOf(slow, "hostB", 2).setLatencyNs(50_000);
        Scenario slowScenario = fewConnections(slow, "cmtime-18x800-C", 20);
        SimulationConfig slowConfig = ScenarioMapper.map(slowScenario, RunOverrides.NONE).config();
        Map<String, Long> paths = paths(slowConfig.fabric());
        assertEquals(50_300, paths.get("hostA/p1-hostB/p1"));
        assertEquals(50_300, paths.get("hostB/p1-the SA"));
        assertEquals(300, paths.get("hostA/p1-hostA/p2"));
        assertEquals(100_300, paths.get("hostB/p1-hostB/p2"));

        Topology fast = ExampleModels.commitTestbed();
        SimulationConfig fastConfig = ScenarioMapper.map(fewConnections(fast, "cmtime-18x800-C", 20),
                RunOverrides.NONE).config();
        ConnectionSummary before = SimulationRunner.run(fastConfig).connections();
        ConnectionSummary after = SimulationRunner.run(slowConfig).connections();
        long connectBefore = before.phases().get(CmtimeStep.CONNECT.ordinal()).minNs();
        long connectAfter = after.phases().get(CmtimeStep.CONNECT.ordinal()).minNs();
        // REQ and REP each cross the slow cable (50 us) once; the proxies' batching absorbs part of the second.
        assertTrue(connectAfter >= connectBefore + 50_000, connectBefore + " -> " + connectAfter);
        assertEquals(before.established(), after.established());
    }

    @Test
    void aPortAWorkloadUsesAndNoLinkReachesIsAMappingErrorNamingBothPorts() {
        Topology topology = ExampleModels.commitTestbed();
        topology.getLinks().remove(linkOf(topology, "hostB", 2));
        ModelValidationException error = assertThrows(ModelValidationException.class,
                () -> ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE));
        String first = error.problems().get(0);
        assertTrue(first.contains("no path") && first.contains("hostA/hca0") && first.contains("hostB/hca0"), first);
    }

    @Test
    void aPortNoWorkloadUsesMayBeDown() throws AnalysisException {
        // The single-switch example cables only port 1 of host1's dual-port HCA; its port 2 carries no workload.
        Topology topology = ExampleModels.singleSwitchPair();
        for (Scenario scenario : topology.getScenarios()) {
            FabricConfig fabric = ScenarioMapper.map(scenario, RunOverrides.NONE).config().fabric();
            assertTrue(fabric.paths().stream().filter(path -> !path.a().equals(path.b()))
                    .noneMatch(path -> path.a().toString().equals("host1/p2") || path.b().toString().equals("host1/p2")),
                    scenario.getName());
        }
    }

    @Test
    void theSubnetManagersQueueLimitReachesTheEngineAndDropsQueries() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        topology.getSubnetManager().setSaMaxQueueTimeMs(1);
        SimulationConfig config = map(topology, "cmtime-18x800-C");
        assertEquals(1, config.fabric().saMaxQueueTimeMs());
        assertTrue(SimulationRunner.run(config).drops(DropCause.SA_QUEUE_OVERFLOW) > 0);
    }

    private static SimulationConfig map(Topology topology, String scenario) throws AnalysisException {
        return ScenarioMapper.map(topology, scenario, RunOverrides.NONE).config();
    }

    private static Scenario fewConnections(Topology topology, String name, int connections)
            throws AnalysisException {
        Scenario scenario = ScenarioMapper.findScenario(topology, name);
        scenario.getWorkloads().stream().filter(CmtimeInstance.class::isInstance).map(CmtimeInstance.class::cast)
                .forEach(cmtime -> cmtime.setConnections(connections));
        return scenario;
    }

    private static Link linkOf(Topology topology, String host, int portNumber) {
        Port port = topology.getHosts().stream().filter(h -> h.getName().equals(host)).findFirst().orElseThrow()
                .getHcas().get(0).getPorts().stream().filter(p -> p.getNumber() == portNumber).findFirst()
                .orElseThrow();
        return topology.linkOf(port);
    }

    /** "a-b" (in the order the mapper gave them) to latency, both orders. */
    private static Map<String, Long> paths(FabricConfig fabric) {
        Map<String, Long> both = fabric.paths().stream().collect(Collectors.toMap(
                path -> path.a() + "-" + path.b(), FabricConfig.PathLatency::latencyNs));
        fabric.paths().forEach(path -> both.putIfAbsent(path.b() + "-" + path.a(), path.latencyNs()));
        return both;
    }
}
