package io.hcastudio.analysis.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.operations.TimingDistributions;
import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;

class ScenarioMapperTest {

    @Test
    void commitTestbedUnderProfileBRunsSingleWorkqueueWith2048And512Rings() throws AnalysisException {
        MappedScenario mapped = ScenarioMapper.map(ExampleModels.commitTestbed(), "cmtime-18x800-B", RunOverrides.NONE);

        SimulationConfig config = mapped.config();
        assertEquals(List.of("hostA", "hostB"), config.hosts().stream().map(HostConfig::name).toList());
        DriverConfig profile = config.host("hostA").proxy().orElseThrow();
        assertEquals("B", profile.name());
        assertEquals(2048, profile.wireRingSize());
        assertEquals(512, profile.tunnelRingSize());
        assertFalse(profile.splitWireWorkqueue());
        assertEquals(9, config.host("hostA").functions());
        assertEquals(2, config.host("hostA").ports());
        assertEquals("B", mapped.profileLabel());
    }

    @Test
    void commitTestbedUnderProfileCSplitsTheWireWorkqueue() throws AnalysisException {
        MappedScenario mapped = ScenarioMapper.map(ExampleModels.commitTestbed(), "cmtime-18x800-C", RunOverrides.NONE);

        DriverConfig profile = mapped.config().host("hostA").proxy().orElseThrow();
        assertEquals("C", profile.name());
        assertEquals(2048, profile.wireRingSize());
        assertEquals(512, profile.tunnelRingSize());
        assertTrue(profile.splitWireWorkqueue());
        assertEquals(List.of(new HcaProfile("hostA", "C", 2048, 512, "split"),
                new HcaProfile("hostB", "C", 2048, 512, "split")), mapped.profiles());
    }

    @Test
    void commitTestbedHas18CmtimeSessionsOf800Connections() throws AnalysisException {
        SimulationConfig config = ScenarioMapper.map(ExampleModels.commitTestbed(), "cmtime-18x800-B",
                RunOverrides.NONE).config();

        List<CmtimeSession> sessions = config.workloads().stream().map(CmtimeSession.class::cast).toList();
        assertEquals(18, sessions.size());
        assertTrue(sessions.stream().allMatch(session -> session.connections() == 800));
        CmtimeSession vf3Port2 = sessions.stream()
                .filter(session -> session.client().function() == 3 && session.client().port() == 2).findFirst()
                .orElseThrow();
        assertEquals("hostB", vf3Port2.server().host());
        assertEquals(3, vf3Port2.server().function());
        assertEquals(2, vf3Port2.server().port());
    }

    @Test
    void profileOverrideReplacesTheScenariosPreset() throws AnalysisException {
        MappedScenario mapped = ScenarioMapper.map(ExampleModels.commitTestbed(), "cmtime-18x800-C",
                RunOverrides.NONE.withProfile("A"));

        DriverConfig profile = mapped.config().host("hostA").proxy().orElseThrow();
        assertEquals(DriverConfig.profileA(), profile);
    }

    @Test
    void presetERunsTheMainlineDriverWithSaQueryRetriesAndAnOverrideReplacesThem() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        topology.getHosts().forEach(host -> host.getHcas().forEach(
                hca -> hca.getDriverProfile().getTiming().setSaQueryRetries(10)));

        SimulationConfig current = ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE.withProfile("E"))
                .config();
        SimulationConfig before = ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE.withProfile("B"))
                .config();

        assertEquals(DriverConfig.profileC().toBuilder().name("E").build(), current.host("hostA").proxy().orElseThrow());
        assertEquals(10, current.cm().saQueryRetries(), "5f5a650999d5 (v5.15)");
        assertEquals(0, before.cm().saQueryRetries(), "the override's kernel predates the SA retries");
    }

    @Test
    void seedOverrideAndRunSettingsReachTheConfig() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = ScenarioMapper.findScenario(topology, "T1-outbound-burst-B");
        scenario.getRunSettings().setStopTimeMs(250);
        scenario.getRunSettings().setReplications(3);
        scenario.getRunSettings().setRandomizeTies(true);

        MappedScenario mapped = ScenarioMapper.map(scenario, RunOverrides.NONE.withSeed(77L));

        assertEquals(77, mapped.baseSeed());
        assertEquals(77, mapped.config().seed());
        assertEquals(3, mapped.replications());
        assertEquals(250_000_000L, mapped.config().stopTimeNs());
        assertTrue(mapped.config().randomizeTies());
    }

    @Test
    void stopTimeZeroRunsUntilNoEventIsLeft() throws AnalysisException {
        MappedScenario mapped = ScenarioMapper.map(ExampleModels.commitTestbed(), "T1-outbound-burst-B",
                RunOverrides.NONE);
        assertEquals(Long.MAX_VALUE, mapped.config().stopTimeNs());
    }

    @Test
    void everyTimingParameterOfTheProfileReachesTheEngine() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        for (Hca hca : topology.allHcas()) {
            var timing = hca.getDriverProfile().getTiming();
            timing.setLoopbackLatencyNs(2100);
            timing.setLoopbackCqeLatencyNs(1600);
            timing.setWireCqeLatencyNs(1700);
            timing.setIrqLatencyNs(5100);
            timing.setWakeLatencyNs(21000);
            timing.setReschedLatencyNs(7);
            timing.setReapCostNs(310);
            timing.setMuxCostNs(1510);
            timing.setDemuxCostNs(1520);
            timing.setCmIdAllocCostNs(510);
            timing.setIssueCostNs(5000);
            timing.setSwitchHopLatencyNs(400);
            timing.setAcceptCostNs(400000);
            timing.setCmResponseTimeout(19);
            timing.setCmMaxRetries(14);
            timing.setSaQueryRetries(10);
            timing.setMraServiceTimeout(23);
            timing.setCmIdCacheLifeMs(20000);
            timing.setTaskletMaxTimeNs(1_000_000);
            hca.getDriverProfile().setKworkerCpus(3);
            hca.getDriverProfile().setDynamicDebug(true);
        }
        topology.getSubnetManager().setSaServiceTimeNs(30000);
        topology.getSubnetManager().setSubnetTimeout(17);
        // The scenario's preset override would replace the SA query retries, which its preset fixes.
        topology.getScenarios().stream().filter(s -> s.getName().equals("cmtime-18x800-C")).findFirst().orElseThrow()
                .unsetPresetOverride();

        SimulationConfig config = ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE).config();

        var timing = config.timing();
        assertEquals(List.of(2100L, 1600L, 1700L, 5100L, 21000L, 7L, 310L, 1510L, 1520L, 510L, 5000L, 400000L),
                Stream.of(timing.loopbackLatencyNs(), timing.loopbackCqeLatencyNs(), timing.wireCqeLatencyNs(),
                        timing.irqLatencyNs(), timing.wakeLatencyNs(), timing.reschedLatencyNs(), timing.reapCostNs(),
                        timing.muxCostNs(), timing.demuxCostNs(), timing.cmIdAllocCostNs(), timing.issueCostNs(),
                        timing.acceptCostNs()).map(law -> ((Distribution.Constant) law).valueNs()).toList());
        assertEquals(List.of(400L, 30000L), List.of(timing.switchHopLatencyNs(), timing.saServiceTimeNs()));
        assertEquals(43, timing.madSerialisationNs(), "one MAD at 4x FDR");
        assertEquals(17, config.cm().subnetTimeout());
        assertEquals(19, config.cm().cmResponseTimeout());
        assertEquals(14, config.cm().cmMaxRetries());
        assertEquals(10, config.cm().saQueryRetries());
        assertEquals(23, config.cm().mraServiceTimeout());
        assertEquals(20000, config.cm().cmIdCacheLifeMs());
        assertEquals(1_000_000, timing.taskletMaxTimeNs());
        for (var host : config.hosts()) {
            assertEquals(3, host.proxy().orElseThrow().kworkerCpus(), host.name());
            assertTrue(host.proxy().orElseThrow().dynamicDebug(), host.name());
        }
    }

    @Test
    void burstsAndFanInBecomeEngineBursts() throws AnalysisException {
        SimulationConfig outbound = ScenarioMapper.map(ExampleModels.commitTestbed(), "T1-outbound-burst-B",
                RunOverrides.NONE).config();
        assertEquals(9, outbound.workloads().size());
        assertEquals(new OutboundBurstConfig("hostA", 4, 1, 500, 0), outbound.workloads().get(4));

        SimulationConfig inbound = ScenarioMapper.map(ExampleModels.commitTestbed(), "T2-inbound-burst-B",
                RunOverrides.NONE).config();
        assertEquals(List.of(new InboundBurstConfig("hostA", 3, 1, 800, 0)), inbound.workloads());
    }

    @Test
    void fanInDeliversOneMadPerPeerEveryInterval() throws AnalysisException {
        Topology topology = ExampleModels.twoSwitchTwoPath();
        for (Scenario scenario : topology.getScenarios()) {
            for (var workload : scenario.getWorkloads()) {
                if (workload instanceof io.hcastudio.model.InboundFanIn fanIn) {
                    fanIn.setPeerCount(16);
                    fanIn.setMadsPerPeer(3);
                    fanIn.setIntervalNs(1000);
                    fanIn.setStartTimeNs(50);
                    SimulationConfig config = ScenarioMapper.map(scenario, RunOverrides.NONE).config();
                    List<InboundBurstConfig> bursts = config.workloads().stream()
                            .filter(InboundBurstConfig.class::isInstance).map(InboundBurstConfig.class::cast).toList();
                    assertEquals(List.of(50L, 1050L, 2050L), bursts.stream().map(InboundBurstConfig::atNs).toList());
                    assertTrue(bursts.stream().allMatch(burst -> burst.mads() == 16));
                    return;
                }
            }
        }
        throw new AssertionError("the two-switch example has no fan-in");
    }

    @ParameterizedTest
    @EnumSource(ExampleModels.Example.class)
    void everyScenarioOfEveryExampleMaps(ExampleModels.Example example) throws AnalysisException {
        Topology topology = example.create();
        assertFalse(topology.getScenarios().isEmpty());
        for (Scenario scenario : topology.getScenarios()) {
            MappedScenario mapped = ScenarioMapper.map(scenario, RunOverrides.NONE);
            assertFalse(mapped.config().workloads().isEmpty(), scenario.getName());
        }
    }

    @Test
    void validationErrorsStopTheMappingNamingElementAndField() {
        Topology topology = ExampleModels.commitTestbed();
        Hca hostA = topology.getHosts().stream().filter(host -> host.getName().equals("hostA")).findFirst()
                .orElseThrow().getHcas().get(0);
        hostA.getDriverProfile().applyPreset(ProfilePreset.CUSTOM);
        hostA.getDriverProfile().setTunnelRingSize(500);

        ModelValidationException error = assertThrows(ModelValidationException.class,
                () -> ScenarioMapper.map(topology, "cmtime-18x800-B", RunOverrides.NONE));

        assertEquals(1, error.problems().size());
        String problem = error.problems().get(0);
        assertTrue(problem.contains("hostA/hca0") && problem.contains("tunnelRingSize") && problem.contains("500"),
                problem);
        assertTrue(error.getMessage().startsWith("scenario 'cmtime-18x800-B': 1 error stops the run"), error.getMessage());
    }

    @Test
    void errorsInsideAnotherScenarioDoNotStopThisOne() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        ScenarioMapper.findScenario(topology, "T2-inbound-burst-B").getRunSettings().setReplications(0);

        assertThrows(ModelValidationException.class,
                () -> ScenarioMapper.map(topology, "T2-inbound-burst-B", RunOverrides.NONE));
        assertEquals(9, ScenarioMapper.map(topology, "T1-outbound-burst-B", RunOverrides.NONE).config().workloads()
                .size());
    }

    @Test
    void unknownScenarioNamesTheOnesThereAre() {
        AnalysisException error = assertThrows(AnalysisException.class,
                () -> ScenarioMapper.map(ExampleModels.commitTestbed(), "nope", RunOverrides.NONE));
        assertTrue(error.getMessage().contains("no scenario 'nope'") && error.getMessage().contains("cmtime-18x800-C"),
                error.getMessage());
    }

    @Test
    void customProfileRunsItsExplicitValues() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        for (Hca hca : topology.allHcas()) {
            hca.getDriverProfile().applyPreset(ProfilePreset.CUSTOM);
            hca.getDriverProfile().setWireRingSize(1024);
            hca.getDriverProfile().setTunnelRingSize(128);
        }
        Scenario scenario = ScenarioMapper.findScenario(topology, "T1-outbound-burst-B");
        scenario.unsetPresetOverride();

        DriverConfig profile = ScenarioMapper.map(scenario, RunOverrides.NONE).config().host("hostA").proxy()
                .orElseThrow();

        assertEquals("custom", profile.name());
        assertEquals(1024, profile.wireRingSize());
        assertEquals(128, profile.tunnelRingSize());
        assertTrue(profile.splitWireWorkqueue());
    }

    @Test
    void eachHostRunsWithItsOwnHcasTiming() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Hca peer = hcaOf(topology, "hostB");
        peer.getDriverProfile().getTiming().setIssueCostNs(2_000);

        SimulationConfig config = ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE).config();

        String peerHost = peer.getHost().getName();
        assertEquals(Distribution.constant(2_000), config.host(peerHost).timing().orElseThrow().issueCostNs());
        assertEquals(Distribution.constant(10_000), config.timing().issueCostNs(),
                "the other host keeps the simulation's timing");
        assertTrue(config.hosts().stream().filter(host -> !host.name().equals(peerHost))
                .allMatch(host -> host.timing().isEmpty()));
    }

    @Test
    void theFabricsSwitchHopLatencyMustAgree() {
        Topology topology = ExampleModels.commitTestbed();
        hcaOf(topology, "hostB").getDriverProfile().getTiming().setSwitchHopLatencyNs(900);

        AnalysisException failure = assertThrows(AnalysisException.class,
                () -> ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE));
        assertTrue(failure.getMessage().contains("switchHopLatencyNs 900 differs from 300"), failure.getMessage());
    }

    @Test
    void timingDistributionsReachTheEngineAnchoredAtTheAttribute() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        for (Hca hca : topology.allHcas()) {
            TimingDistributions.set(hca.getDriverProfile().getTiming(), "wakeLatencyNs", "lognormal(20us,2)");
            TimingDistributions.set(hca.getDriverProfile().getTiming(), "muxCostNs", "uniform(1us,2us)");
        }
        assertEquals(1_500, hcaOf(topology, "hostA").getDriverProfile().getTiming().getMuxCostNs(),
                "setting a law sets the attribute to its median");

        TimingConfig timing = ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE).config().timing();

        assertEquals(new Distribution.LogNormal(20_000, 2), timing.wakeLatencyNs());
        assertEquals(new Distribution.Uniform(1_000, 2_000), timing.muxCostNs());
        assertEquals(Distribution.constant(1_500), timing.demuxCostNs(), "parameters without a law stay constant");

        // A sweep sets the attribute: the law keeps its shape and moves its median there.
        for (Hca hca : topology.allHcas()) {
            hca.getDriverProfile().getTiming().setWakeLatencyNs(100_000);
        }
        TimingConfig swept = ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE).config().timing();
        assertEquals(new Distribution.LogNormal(100_000, 2), swept.wakeLatencyNs());
    }

    @Test
    void anInvalidLawStopsTheMappingNamingElementAndField() {
        Topology topology = ExampleModels.commitTestbed();
        TimingDistribution law = HcaFactory.eINSTANCE.createTimingDistribution();
        law.setParameter("wakeLatencyNs");
        law.setExpression("lognormal(20us,0.5)");
        hcaOf(topology, "hostA").getDriverProfile().getTiming().getDistributions().add(law);

        AnalysisException failure = assertThrows(AnalysisException.class,
                () -> ScenarioMapper.map(topology, "cmtime-18x800-C", RunOverrides.NONE));
        assertTrue(failure.getMessage().contains("distribution of wakeLatencyNs in the timing parameters in the driver"
                + " profile of HCA") && failure.getMessage().contains("expression 'lognormal(20us,0.5)' is invalid at"
                        + " column 16"), failure.getMessage());
    }

    private static Hca hcaOf(Topology topology, String hostName) {
        return topology.allHcas().stream().filter(hca -> hca.getHost().getName().equals(hostName)).findFirst()
                .orElseThrow();
    }
}
