package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.Workload;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.examples.ExampleModels.Example;
import io.hcastudio.model.validation.TopologyValidation;
import io.hcastudio.model.validation.ValidationRule;

/** Every rule: silent on the (valid) commit test bed, firing with a message naming element and field after one edit. */
class ValidationTest {

    private final Topology testbed = ExampleModels.commitTestbed();
    private final Hca hcaA = testbed.getHosts().get(1).getHcas().get(0);
    private final Hca hcaB = testbed.getHosts().get(2).getHcas().get(0);
    private final Switch sw1 = testbed.getSwitches().get(0);

    @Test
    void examplesHaveNoErrors() {
        for (Example example : Example.values()) {
            Diagnostic result = TopologyValidation.validate(example.create());
            assertFalse(TopologyValidation.hasErrors(result), example + ": " + TopologyValidation.problems(result).stream()
                    .filter(problem -> problem.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
        }
    }

    @Test
    void duplicateGuid() {
        assertSilent(ValidationRule.DUPLICATE_GUID);
        hcaB.setNodeGuid(hcaA.getNodeGuid());
        assertFires(ValidationRule.DUPLICATE_GUID, Diagnostic.ERROR, "HCA 'hostB/hca0'", "node GUID 0x0002c90300000200",
                "HCA 'hostA/hca0'");
    }

    @Test
    void duplicateAliasGuid() {
        hcaA.getFunctions().get(2).getInterfaces().get(0).setAliasGuid(hcaA.getFunctions().get(1).getInterfaces().get(0).getAliasGuid());
        assertFires(ValidationRule.DUPLICATE_GUID, Diagnostic.ERROR, "interface 'hostA/hca0/VF2' port 1", "alias GUID");
    }

    @Test
    void duplicateLid() {
        assertSilent(ValidationRule.DUPLICATE_LID);
        hcaB.port(1).setLid(3);
        assertFires(ValidationRule.DUPLICATE_LID, Diagnostic.ERROR, "port 1 of HCA 'hostB/hca0'", "LID 3", "port 1 of HCA 'hostA/hca0'");
    }

    @Test
    void lmcRangesOverlap() {
        hcaA.port(1).setLmc(2);
        assertFires(ValidationRule.DUPLICATE_LID, Diagnostic.ERROR, "LID 4 overlaps LID 3..6");
    }

    @Test
    void lidsMayRepeatAcrossRouterSeparatedSubnets() {
        Topology topology = ExampleModels.twoSwitchTwoPath();
        topology.getRouters().add(HcaFactory.eINSTANCE.createRouter());
        Switch switch1 = topology.getSwitches().get(0);
        Switch switch2 = topology.getSwitches().get(1);
        switch2.setLid(switch1.getLid());
        assertFalse(findings(topology, ValidationRule.DUPLICATE_LID).isEmpty(), "linked switches share a subnet");

        topology.getLinks().removeIf(link -> link.getSource().getNode() == switch1 && link.getTarget().getNode() == switch2);

        assertTrue(findings(topology, ValidationRule.DUPLICATE_LID).isEmpty(), "unlinked parts behind a router are separate subnets");
    }

    @Test
    void lidOutOfRange() {
        assertSilent(ValidationRule.LID_OUT_OF_RANGE);
        sw1.setLid(0xC000);
        assertFires(ValidationRule.LID_OUT_OF_RANGE, Diagnostic.ERROR, "switch 'sw1'", "LID 49152");
    }

    @Test
    void portNumberBeyondPortCount() {
        assertSilent(ValidationRule.PORT_NUMBER_INVALID);
        hcaA.setPortCount(1);
        assertFires(ValidationRule.PORT_NUMBER_INVALID, Diagnostic.ERROR, "port 2 of HCA 'hostA/hca0'", "1-port node");
    }

    @Test
    void duplicatePortNumber() {
        assertSilent(ValidationRule.DUPLICATE_PORT_NUMBER);
        hcaA.port(2).setNumber(1);
        assertFires(ValidationRule.DUPLICATE_PORT_NUMBER, Diagnostic.ERROR, "HCA 'hostA/hca0'", "port number 1 is listed twice");
    }

    @Test
    void linkToADeletedPort() {
        assertSilent(ValidationRule.LINK_END_INVALID);
        Link link = testbed.getLinks().get(0);
        sw1.getPorts().remove(link.getSource());
        assertFires(ValidationRule.LINK_END_INVALID, Diagnostic.ERROR, "source port is not part of this topology");
    }

    @Test
    void linkWithoutEnd() {
        testbed.getLinks().get(0).setTarget(null);
        assertFires(ValidationRule.LINK_END_INVALID, Diagnostic.ERROR, "target port is not set");
    }

    @Test
    void portLinkedTwice() {
        assertSilent(ValidationRule.PORT_ALREADY_LINKED);
        Link extra = HcaFactory.eINSTANCE.createLink();
        extra.setSource(hcaA.port(1));
        extra.setTarget(sw1.port(3));
        testbed.getLinks().add(extra);
        assertFires(ValidationRule.PORT_ALREADY_LINKED, Diagnostic.ERROR, "port 1 of HCA 'hostA/hca0' is already linked");
    }

    @Test
    void linkBetweenLinkLayers() {
        assertSilent(ValidationRule.LINK_LAYER_MISMATCH);
        hcaA.port(1).setLinkLayer(LinkLayer.ETHERNET);
        assertFires(ValidationRule.LINK_LAYER_MISMATCH, Diagnostic.ERROR, "is Ethernet", "is InfiniBand");
    }

    @Test
    void linkWiderThanPort() {
        assertSilent(ValidationRule.LINK_EXCEEDS_PORT);
        testbed.getLinks().get(0).setWidth(LinkWidth.X12);
        assertFires(ValidationRule.LINK_EXCEEDS_PORT, Diagnostic.ERROR, "width 12x is wider than", "expected at most 4x");
    }

    @Test
    void missingPhysicalFunction() {
        assertSilent(ValidationRule.MISSING_PHYSICAL_FUNCTION);
        hcaA.getFunctions().get(0).setFunctionId(9);
        assertFires(ValidationRule.MISSING_PHYSICAL_FUNCTION, Diagnostic.ERROR, "HCA 'hostA/hca0'", "no physical function");
    }

    @Test
    void duplicateFunctionId() {
        assertSilent(ValidationRule.DUPLICATE_FUNCTION_ID);
        hcaA.getFunctions().get(2).setFunctionId(1);
        assertFires(ValidationRule.DUPLICATE_FUNCTION_ID, Diagnostic.ERROR, "function 'hostA/hca0/VF2'", "functionId 1 is used twice");
    }

    @Test
    void slaveNumbersMustBeSequential() {
        assertSilent(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL);
        hcaA.getFunctions().get(8).setSlaveNumber(12);
        assertFires(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, Diagnostic.ERROR, "function 'hostA/hca0/VF8'",
                "slaveNumber 12 leaves a gap", "expected 0..8");
    }

    @Test
    void slaveNumbersMustBeUnique() {
        hcaA.getFunctions().get(8).setSlaveNumber(7);
        assertFires(ValidationRule.SLAVE_NUMBERS_NOT_SEQUENTIAL, Diagnostic.ERROR, "slaveNumber 7 is used twice");
    }

    @Test
    void tooManyVirtualFunctions() {
        assertSilent(ValidationRule.TOO_MANY_VIRTUAL_FUNCTIONS);
        hcaA.setMaxVirtualFunctions(4);
        assertFires(ValidationRule.TOO_MANY_VIRTUAL_FUNCTIONS, Diagnostic.ERROR, "8 virtual functions exceed maxVirtualFunctions 4");
    }

    @Test
    void functionActiveOnAPortTheHcaLacks() {
        assertSilent(ValidationRule.INTERFACE_ON_MISSING_PORT);
        hcaA.getFunctions().get(1).getInterfaces().get(1).setPortNumber(3);
        assertFires(ValidationRule.INTERFACE_ON_MISSING_PORT, Diagnostic.ERROR, "function 'hostA/hca0/VF1': active on port 3",
                "has ports 1..2");
    }

    @Test
    void functionActiveTwiceOnAPort() {
        assertSilent(ValidationRule.DUPLICATE_INTERFACE);
        hcaA.getFunctions().get(1).getInterfaces().get(1).setPortNumber(1);
        assertFires(ValidationRule.DUPLICATE_INTERFACE, Diagnostic.ERROR, "active twice on port 1");
    }

    @Test
    void inactiveFunctionIsAWarning() {
        assertSilent(ValidationRule.FUNCTION_INACTIVE);
        testbed.getScenarios().clear();
        hcaA.getFunctions().get(5).getInterfaces().clear();
        assertFires(ValidationRule.FUNCTION_INACTIVE, Diagnostic.WARNING, "function 'hostA/hca0/VF5': not active on any port");
    }

    @Test
    void virtualMachineOwnerNeedsAVirtualMachine() {
        assertSilent(ValidationRule.OWNER_INCONSISTENT);
        hcaA.getFunctions().get(1).setVirtualMachine(null);
        assertFires(ValidationRule.OWNER_INCONSISTENT, Diagnostic.ERROR, "owner is virtualMachine but virtualMachine is not set");
    }

    @Test
    void functionPassedToAVmOfAnotherHost() {
        hcaA.getFunctions().get(1).setVirtualMachine(testbed.getHosts().get(2).getVirtualMachines().get(0));
        assertFires(ValidationRule.OWNER_INCONSISTENT, Diagnostic.ERROR, "runs on another host");
    }

    @Test
    void hostOwnedFunctionWithVm() {
        hcaA.getFunctions().get(1).setOwner(FunctionOwner.BARE_METAL);
        assertFires(ValidationRule.OWNER_INCONSISTENT, Diagnostic.ERROR, "owner is bareMetal but the function is assigned to");
    }

    @Test
    void missingDriverProfile() {
        assertSilent(ValidationRule.MISSING_DRIVER_PROFILE);
        hcaA.setDriverProfile(null);
        testbed.getScenarios().clear();
        assertFires(ValidationRule.MISSING_DRIVER_PROFILE, Diagnostic.ERROR, "HCA 'hostA/hca0': driverProfile is missing");
    }

    @Test
    void ringSizeMustBeAPowerOfTwo() {
        assertSilent(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO);
        hcaA.getDriverProfile().applyPreset(ProfilePreset.CUSTOM);
        hcaA.getDriverProfile().setWireRingSize(2000);
        assertFires(ValidationRule.RING_SIZE_NOT_POWER_OF_TWO, Diagnostic.ERROR, "driver profile of HCA 'hostA/hca0'",
                "wireRingSize 2000 is not a power of two");
    }

    @Test
    void valuesThatLeftTheirPresetWarn() {
        assertSilent(ValidationRule.PRESET_VALUES_DIFFER);
        hcaA.getDriverProfile().setTunnelRingSize(1024);
        assertFires(ValidationRule.PRESET_VALUES_DIFFER, Diagnostic.WARNING, "differ from preset C", "tunnel 1024");
    }

    @Test
    void valuesOutOfRange() {
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        testbed.getHosts().get(1).getVirtualMachines().get(0).setVcpus(0);
        hcaA.getDriverProfile().getTiming().setWakeLatencyNs(-1);
        List<Diagnostic> problems = findings(testbed, ValidationRule.VALUE_OUT_OF_RANGE);
        assertMessages(problems, "VM 'hostA/vm1': vcpus 0 is too small; expected 1 or more");
        assertMessages(problems, "wakeLatencyNs -1 is negative");
    }

    @Test
    void subnetManagerNeedsAPort() {
        assertSilent(ValidationRule.SUBNET_MANAGER_INVALID);
        testbed.getSubnetManager().setPort(null);
        assertFires(ValidationRule.SUBNET_MANAGER_INVALID, Diagnostic.ERROR, "subnet manager 'OpenSM': port is not set");
    }

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
    void cmtimeClientNeedsAServerPeer() {
        assertSilent(ValidationRule.CMTIME_PEER_INVALID);
        CmtimeInstance client = (CmtimeInstance) scenario("cmtime-18x800-C").getWorkloads().get(18);
        assertEquals(CmtimeRole.CLIENT, client.getRole());
        client.setPeer(client);
        assertFires(ValidationRule.CMTIME_PEER_INVALID, Diagnostic.ERROR, "is a client; expected a server");
    }

    @Test
    void cmtimePeerInAnotherScenario() {
        CmtimeInstance client = (CmtimeInstance) scenario("cmtime-18x800-C").getWorkloads().get(18);
        client.setPeer((CmtimeInstance) scenario("cmtime-18x800-B").getWorkloads().get(0));
        assertFires(ValidationRule.CMTIME_PEER_INVALID, Diagnostic.ERROR, "belongs to another scenario");
    }

    @Test
    void burstBeyondTheReceiveQueues() {
        Scenario inbound = scenario("T2-inbound-burst-B");
        assertFires(ValidationRule.BURST_EXCEEDS_QUEUE, Diagnostic.WARNING, "800 MADs exceed the function's ib_mad receive queue (512)");
        ((io.hcastudio.model.InboundBurst) inbound.getWorkloads().get(0)).setMadCount(400);
        assertSilent(ValidationRule.BURST_EXCEEDS_QUEUE);
        ((io.hcastudio.model.OutboundBurst) scenario("T1-outbound-burst-B").getWorkloads().get(0)).setMadCount(600);
        assertFires(ValidationRule.BURST_EXCEEDS_QUEUE, Diagnostic.WARNING, "exceed the tunnel receive ring (512 buffers)");
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
        assertFires(ValidationRule.PRESET_OVERRIDE_INVALID, Diagnostic.ERROR, "scenario 'cmtime-18x800-C': presetOverride must be A, B, C or D");
    }

    @Test
    void studyParametersMustExistAndParse() {
        assertSilent(ValidationRule.STUDY_PARAMETER_INVALID);
        var parameter = scenario("cmtime-18x800-B").getStudies().get(0).getParameters().get(0);
        parameter.getValues().add("E");
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "parameter 'driverProfile.preset'", "value 'E'",
                "expected one of A, B, C, D, custom");
        parameter.setKey("driverProfile.colour");
        assertFires(ValidationRule.STUDY_PARAMETER_INVALID, Diagnostic.ERROR, "unknown key");
    }

    @Test
    void diagnosticsPointAtElementAndFeature() {
        hcaB.setNodeGuid(hcaA.getNodeGuid());
        Diagnostic problem = findings(testbed, ValidationRule.DUPLICATE_GUID).get(0);
        assertEquals(hcaB, problem.getData().get(0));
        assertEquals("nodeGuid", ((org.eclipse.emf.ecore.EStructuralFeature) problem.getData().get(1)).getName());
    }

    private Scenario scenario(String name) {
        return testbed.getScenarios().stream().filter(scenario -> name.equals(scenario.getName())).findFirst().orElseThrow();
    }

    private static List<Diagnostic> findings(Topology topology, ValidationRule rule) {
        return TopologyValidation.problems(TopologyValidation.validate(topology)).stream()
                .filter(problem -> problem.getCode() == rule.code()).toList();
    }

    private void assertSilent(ValidationRule rule) {
        List<Diagnostic> problems = findings(testbed, rule);
        assertTrue(problems.isEmpty(), rule + " fired on the valid test bed: " + problems.stream().map(Diagnostic::getMessage).toList());
    }

    private void assertFires(ValidationRule rule, int severity, String... fragments) {
        List<Diagnostic> problems = findings(testbed, rule);
        assertFalse(problems.isEmpty(), rule + " did not fire");
        Diagnostic match = assertMessages(problems, fragments);
        assertEquals(severity, match.getSeverity(), match.getMessage());
        assertTrue(match.getData().get(0) instanceof EObject, "diagnostic data names the element");
    }

    private static Diagnostic assertMessages(List<Diagnostic> problems, String... fragments) {
        return problems.stream().filter(problem -> Arrays.stream(fragments).allMatch(problem.getMessage()::contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagnostic contains " + Arrays.toString(fragments) + " in "
                        + problems.stream().map(Diagnostic::getMessage).toList()));
    }
}
