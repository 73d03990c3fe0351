package io.hcastudio.analysis.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.analysis.report.RunDescriptions;
import io.hcastudio.model.FunctionResetFault;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.KworkerStallFault;
import io.hcastudio.model.LinkFault;
import io.hcastudio.model.SaSlowdownFault;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SmOutageFault;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.FaultConfig;
import io.hcastudio.sim.config.FunctionReset;
import io.hcastudio.sim.config.KworkerStall;
import io.hcastudio.sim.config.PortFault;
import io.hcastudio.sim.config.SaDegradation;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.SmOutage;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.SimulationResult;

/** Faults of a scenario reach the engine at the right host, port and window, and change what a run loses. */
class FaultMappingTest {

    private static final HcaFactory FACTORY = HcaFactory.eINSTANCE;

    private static List<FaultConfig> faults(SimulationConfig config) {
        return config.workloads().stream().filter(FaultConfig.class::isInstance).map(FaultConfig.class::cast).toList();
    }

    @Test
    void theCommitTestbedFlapIsHostBPort1DownFor50MsFrom300Ms() throws AnalysisException {
        SimulationConfig config = ScenarioMapper.map(ExampleModels.commitTestbed(), "cmtime-18x800-flap",
                RunOverrides.NONE).config();
        assertEquals(List.of(PortFault.down(FabricPort.of("hostB", 1), 300_000_000L, 350_000_000L)), faults(config));
        assertEquals("port hostB/p1 down from 300.0 ms for 50.0 ms",
                RunDescriptions.workload(config).get(RunDescriptions.workload(config).size() - 1));
    }

    @Test
    void everyKindMapsToItsEngineFault() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = topology.getScenarios().stream()
                .filter(candidate -> candidate.getName().equals("T1-outbound-burst-B")).findFirst().orElseThrow();
        Hca hcaA = topology.getHosts().get(1).getHcas().get(0);
        LinkFault link = FACTORY.createLinkFault();
        link.setLink(topology.getLinks().get(4));
        link.setLossProbability(0.25);
        link.setExtraLatencyNs(700);
        link.setStartTimeNs(10);
        link.setDurationNs(Long.MAX_VALUE);
        KworkerStallFault stall = FACTORY.createKworkerStallFault();
        stall.setHca(hcaA);
        stall.setCpus(2);
        stall.setDurationNs(5);
        SmOutageFault outage = FACTORY.createSmOutageFault();
        outage.setStartTimeNs(1);
        outage.setDurationNs(2);
        SaSlowdownFault slow = FACTORY.createSaSlowdownFault();
        slow.setExtraServiceTimeNs(9);
        slow.setQueueCapacity(3);
        slow.setDurationNs(4);
        FunctionResetFault reset = FACTORY.createFunctionResetFault();
        reset.setFunction(hcaA.getFunctions().get(5));
        reset.setStartTimeNs(100);
        reset.setDurationNs(200);
        scenario.getFaults().addAll(List.of(link, stall, outage, slow, reset));

        SimulationConfig config = ScenarioMapper.map(scenario, RunOverrides.NONE).config();
        // Link 4 runs from the switch to the SM host's port: the fault acts at the SA; its window never ends.
        assertEquals(List.of(PortFault.lossy(FabricPort.SUBNET_ADMINISTRATOR, 10, Long.MAX_VALUE, 0.25, 700),
                new KworkerStall("hostA", 2, 0, 5), new SmOutage(1, 3), new SaDegradation(0, 4, 9, 3),
                new FunctionReset("hostA", 5, 100, 300)), faults(config));
    }

    @Test
    void aFaultOnAnHcaTheSimulatorDoesNotRunIsAMappingProblem() {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = topology.getScenarios().get(0);
        Hca smHca = topology.getHosts().get(0).getHcas().get(0);
        KworkerStallFault stall = FACTORY.createKworkerStallFault();
        stall.setName("stall");
        stall.setHca(smHca);
        scenario.getFaults().add(stall);
        ModelValidationException error = assertThrows(
                ModelValidationException.class, () -> ScenarioMapper.map(scenario, RunOverrides.NONE));
        assertTrue(error.getMessage().contains("kworker stall 'stall'"), error.getMessage());
    }

    @Test
    void theFlapLosesMadsToThePortAndTheConnectionsRecover() throws AnalysisException {
        SimulationConfig config = ScenarioMapper.map(ExampleModels.commitTestbed(), "cmtime-18x800-flap",
                RunOverrides.NONE).config();
        SimulationResult result = SimulationRunner.run(config);
        assertTrue(result.drops(DropCause.PORT_DOWN) > 0);
        assertEquals(result.drops(DropCause.PORT_DOWN), result.totalDrops(), "preset C loses nothing else");
        assertEquals(14_400, result.connections().established());
        assertEquals(result, SimulationRunner.run(config), "deterministic per seed");
    }
}
