package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.validation.ValidationRule;

/** GUIDs unique across the fabric, LIDs unique (with their LMC ranges) within a subnet and unicast. */
class IdentityRulesTest extends ValidationFixture {

    @Test
    void duplicateNodeGuid() {
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
    void physicalFunctionAnswersWithItsHcasGuids() {
        PciFunction physicalFunction = hcaA.physicalFunction();
        physicalFunction.setNodeGuid(hcaA.getNodeGuid());
        physicalFunction.interfaceOn(1).setAliasGuid(hcaA.port(1).getPortGuid());
        assertSilent(ValidationRule.DUPLICATE_GUID);

        hcaA.getFunctions().get(1).setNodeGuid(hcaA.getNodeGuid());
        assertFires(ValidationRule.DUPLICATE_GUID, Diagnostic.ERROR, "function 'hostA/hca0/VF1'", "is already the node GUID of HCA");
    }

    @Test
    void aSwitchPortMayCarryTheSwitchGuid() {
        sw1.port(1).setPortGuid(sw1.getNodeGuid());
        assertSilent(ValidationRule.DUPLICATE_GUID);

        hcaA.port(1).setPortGuid(sw1.getNodeGuid());
        assertFires(ValidationRule.DUPLICATE_GUID, Diagnostic.ERROR, "switch 'sw1': node GUID",
                "is already the port GUID of port 1 of HCA 'hostA/hca0'");
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
    void unsetLidsDoNotCollide() {
        hcaA.port(1).setLid(0);
        hcaB.port(1).setLid(0);
        assertSilent(ValidationRule.DUPLICATE_LID);
        assertSilent(ValidationRule.LID_OUT_OF_RANGE);
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
        sw1.setLid(0xBFFF);
        assertSilent(ValidationRule.LID_OUT_OF_RANGE);
        sw1.setLid(0xC000);
        assertFires(ValidationRule.LID_OUT_OF_RANGE, Diagnostic.ERROR, "switch 'sw1'", "LID 49152");
    }

    @Test
    void negativeLid() {
        hcaA.port(2).setLid(-5);
        assertFires(ValidationRule.LID_OUT_OF_RANGE, Diagnostic.ERROR, "port 2 of HCA 'hostA/hca0': LID -5",
                "outside the unicast range 1..0xBFFF");
    }
}
