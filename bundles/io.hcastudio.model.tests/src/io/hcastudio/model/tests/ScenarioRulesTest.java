package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.InboundBurst;
import io.hcastudio.model.InboundFanIn;
import io.hcastudio.model.OutboundBurst;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Workload;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.validation.ValidationRule;

/**
 * Workloads on interfaces that exist, cmtime clients with a server of their scenario, and loads that fit the rings
 * of the profile in effect.
 */
class ScenarioRulesTest extends ValidationFixture {

    @Test
    void cmtimeOnAnInterfaceThatDoesNotExist() {
        assertSilent(ValidationRule.WORKLOAD_INTERFACE_MISSING);
        Workload workload = scenario("cmtime-18x800-C").getWorkloads().get(20);
        workload.getFunction().getInterfaces().remove(workload.getFunction().interfaceOn(workload.getPortNumber()));
        assertFires(ValidationRule.WORKLOAD_INTERFACE_MISSING, Diagnostic.ERROR, "cmtime instance '" + workload.getName() + "'",
                "does not exist; the function is active on port");
    }

    @Test
    void workloadWithoutFunction() {
        scenario("T1-outbound-burst-B").getWorkloads().get(0).setFunction(null);
        assertFires(ValidationRule.WORKLOAD_INTERFACE_MISSING, Diagnostic.ERROR, "outbound burst", "function is not set");
    }

    @Test
    void workloadOnAFunctionOfAnotherTopology() {
        scenario("T2-inbound-burst-B").getWorkloads().get(0)
                .setFunction(ExampleModels.commitTestbed().getHosts().get(1).getHcas().get(0).getFunctions().get(3));
        assertFires(ValidationRule.WORKLOAD_INTERFACE_MISSING, Diagnostic.ERROR, "inbound burst", "function is not part of this topology");
    }

    @Test
    void workloadsStartAtZeroOrLater() {
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        scenario("T1-outbound-burst-B").getWorkloads().get(0).setStartTimeNs(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "outbound burst", "startTimeNs -1 is too small");
    }

    @Test
    void cmtimeClientNeedsAServerPeer() {
        assertSilent(ValidationRule.CMTIME_PEER_INVALID);
        CmtimeInstance client = (CmtimeInstance) scenario("cmtime-18x800-C").getWorkloads().get(18);
        assertEquals(CmtimeRole.CLIENT, client.getRole());
        client.setPeer(client);
        assertFires(ValidationRule.CMTIME_PEER_INVALID, Diagnostic.ERROR, "is a client; expected a server");
    }

    @Test
    void cmtimeClientWithoutPeer() {
        ((CmtimeInstance) scenario("cmtime-18x800-C").getWorkloads().get(18)).setPeer(null);
        assertFires(ValidationRule.CMTIME_PEER_INVALID, Diagnostic.ERROR, "a client needs a peer");
    }

    @Test
    void cmtimePeerInAnotherScenario() {
        CmtimeInstance client = (CmtimeInstance) scenario("cmtime-18x800-C").getWorkloads().get(18);
        client.setPeer((CmtimeInstance) scenario("cmtime-18x800-B").getWorkloads().get(0));
        assertFires(ValidationRule.CMTIME_PEER_INVALID, Diagnostic.ERROR, "belongs to another scenario");
    }

    @Test
    void cmtimeServerIgnoresItsPeer() {
        List<Workload> workloads = scenario("cmtime-18x800-C").getWorkloads();
        CmtimeInstance server = (CmtimeInstance) workloads.get(0);
        assertEquals(CmtimeRole.SERVER, server.getRole());
        server.setPeer((CmtimeInstance) workloads.get(18));
        assertFires(ValidationRule.CMTIME_PEER_INVALID, Diagnostic.WARNING, "a server accepts from anyone; its peer is ignored");
    }

    @Test
    void cmtimeArgumentsInRange() {
        CmtimeInstance client = (CmtimeInstance) scenario("cmtime-18x800-C").getWorkloads().get(18);
        client.setConnections(0);
        client.setTimeoutMs(0);
        client.setRetries(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "connections 0 is too small; expected 1 or more");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "timeoutMs 0 is too small");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "retries -1 is too small; expected 0 or more");
    }

    @Test
    void burstBeyondTheReceiveQueues() {
        Scenario inbound = scenario("T2-inbound-burst-B");
        assertFires(ValidationRule.BURST_EXCEEDS_QUEUE, Diagnostic.WARNING, "800 MADs exceed the function's ib_mad receive queue (512)");
        ((InboundBurst) inbound.getWorkloads().get(0)).setMadCount(400);
        assertSilent(ValidationRule.BURST_EXCEEDS_QUEUE);
        ((OutboundBurst) scenario("T1-outbound-burst-B").getWorkloads().get(0)).setMadCount(600);
        assertFires(ValidationRule.BURST_EXCEEDS_QUEUE, Diagnostic.WARNING, "exceed the tunnel receive ring (512 buffers)");
    }

    @Test
    void inboundBurstBeyondTheWireRing() {
        ((InboundBurst) scenario("T2-inbound-burst-B").getWorkloads().get(0)).setMadCount(3000);
        assertFires(ValidationRule.BURST_EXCEEDS_QUEUE, Diagnostic.WARNING,
                "3000 MADs exceed the wire receive ring (2048 buffers); the hardware discards the rest");
    }

    @Test
    void burstSizesAreNotNegative() {
        ((OutboundBurst) scenario("T1-outbound-burst-B").getWorkloads().get(0)).setMadCount(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "outbound burst", "madCount -1 is too small");
    }

    @Test
    void fanInNeedsPeersAndMads() {
        InboundFanIn fanIn = HcaFactory.eINSTANCE.createInboundFanIn();
        fanIn.setName("fan-in");
        fanIn.setFunction(hcaA.getFunctions().get(1));
        fanIn.setPortNumber(1);
        fanIn.setPeerCount(16);
        fanIn.setMadsPerPeer(50);
        scenario("T2-inbound-burst-B").getWorkloads().add(fanIn);
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        fanIn.setPeerCount(0);
        fanIn.setMadsPerPeer(0);
        fanIn.setIntervalNs(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "inbound fan-in 'fan-in'", "peerCount 0 is too small");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "madsPerPeer 0 is too small");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "intervalNs -1 is too small");
    }

    @Test
    void singleWorkqueueScenarioOvercommittingTheWireRingWarns() {
        List<Diagnostic> problems = findings(testbed, ValidationRule.WIRE_RING_OVERCOMMITTED);
        assertMessages(problems, "scenario 'cmtime-18x800-B': 7200 MADs per phase from 9 workloads leave HCA 'hostA/hca0' port 1",
                "2047 usable slots under single-workqueue preset B: drops expected");
        assertMessages(problems, "scenario 'T1-outbound-burst-B': 4500 MADs");
        assertTrue(problems.stream().noneMatch(problem -> problem.getMessage().contains("cmtime-18x800-C")),
                "the split workqueue of preset C reaps the wire ring concurrently");
        scenario("cmtime-18x800-B").setPresetOverride(ProfilePreset.D);
        assertTrue(findings(testbed, ValidationRule.WIRE_RING_OVERCOMMITTED).stream()
                .noneMatch(problem -> problem.getMessage().contains("cmtime-18x800-B")));
    }

    @Test
    void presetOverrideCannotBeCustom() {
        assertSilent(ValidationRule.PRESET_OVERRIDE_INVALID);
        scenario("cmtime-18x800-C").setPresetOverride(ProfilePreset.CUSTOM);
        assertFires(ValidationRule.PRESET_OVERRIDE_INVALID, Diagnostic.ERROR, "scenario 'cmtime-18x800-C': presetOverride must be A, B, C, D or E");
    }

    @Test
    void presetOverrideHidingExplicitValuesWarns() {
        assertSilent(ValidationRule.PRESET_OVERRIDE_HIDES_VALUES);
        testbed.allHcas().get(1).getDriverProfile().getTiming().setSaQueryRetries(10);
        assertFires(ValidationRule.PRESET_OVERRIDE_HIDES_VALUES, Diagnostic.WARNING,
                "scenario 'cmtime-18x800-C': presetOverride C replaces the explicit values of HCA 'hostA/hca0'",
                "(wire ring 2048, tunnel ring 512, split workqueues, 10 SA query retries becomes wire ring 2048, tunnel"
                        + " ring 512, split workqueues, 0 SA query retries)");
    }
}
