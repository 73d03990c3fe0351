package io.hcastudio.model.tests;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.LinkSpeed;
import io.hcastudio.model.LinkWidth;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.validation.ValidationRule;

/** Nodes and their ports, cables between existing ports of matching kind, and the subnet manager's port. */
class FabricRulesTest extends ValidationFixture {

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
    void nodeNeedsAPort() {
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        sw1.setPortCount(0);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "switch 'sw1': portCount 0 is too small; expected 1 or more");
    }

    @Test
    void lmcIsAtMostSeven() {
        sw1.setLmc(7);
        hcaA.port(1).setLmc(0);
        assertSilentOn(ValidationRule.VALUE_OUT_OF_RANGE, "lmc");
        sw1.setLmc(8);
        hcaA.port(1).setLmc(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "switch 'sw1': lmc 8 is out of range; expected 0..7");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "port 1 of HCA 'hostA/hca0': lmc -1 is out of range");
    }

    @Test
    void linkToADeletedPort() {
        assertSilent(ValidationRule.LINK_END_INVALID);
        Link link = testbed.getLinks().get(0);
        sw1.getPorts().remove(link.getSource());
        assertFires(ValidationRule.LINK_END_INVALID, Diagnostic.ERROR, "source port is not part of this topology");
    }

    @Test
    void linkToAPortOfAnotherTopology() {
        testbed.getLinks().get(0).setTarget(ExampleModels.commitTestbed().getHosts().get(1).getHcas().get(0).port(1));
        assertFires(ValidationRule.LINK_END_INVALID, Diagnostic.ERROR, "target port is not part of this topology");
    }

    @Test
    void linkWithoutEnd() {
        testbed.getLinks().get(0).setTarget(null);
        assertFires(ValidationRule.LINK_END_INVALID, Diagnostic.ERROR, "target port is not set");
    }

    @Test
    void linkFromAPortToItself() {
        Link link = testbed.getLinks().get(0);
        link.setTarget(link.getSource());
        assertFires(ValidationRule.LINK_END_INVALID, Diagnostic.ERROR, "both ends are the same port");
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
    void linkFasterThanPort() {
        testbed.getLinks().get(0).setSpeed(LinkSpeed.EDR);
        assertFires(ValidationRule.LINK_EXCEEDS_PORT, Diagnostic.ERROR, "speed EDR is faster than", "expected at most FDR");
    }

    @Test
    void linkLatencyIsNotNegative() {
        Link link = testbed.getLinks().get(0);
        link.setLatencyNs(0);
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        link.setLatencyNs(-3);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "latencyNs -3 is too small; expected 0 or more");
    }

    @Test
    void subnetManagerNeedsAPort() {
        assertSilent(ValidationRule.SUBNET_MANAGER_INVALID);
        testbed.getSubnetManager().setPort(null);
        assertFires(ValidationRule.SUBNET_MANAGER_INVALID, Diagnostic.ERROR, "subnet manager 'OpenSM': port is not set");
    }

    @Test
    void subnetManagerOnAPortOfAnotherTopology() {
        testbed.getSubnetManager().setPort(ExampleModels.commitTestbed().getSubnetManager().getPort());
        assertFires(ValidationRule.SUBNET_MANAGER_INVALID, Diagnostic.ERROR, "port is not part of this topology");
    }

    @Test
    void subnetManagerTimings() {
        testbed.getSubnetManager().setSubnetTimeout(31);
        assertSilent(ValidationRule.VALUE_OUT_OF_RANGE);
        testbed.getSubnetManager().setSubnetTimeout(32);
        testbed.getSubnetManager().setSaServiceTimeNs(-1);
        testbed.getSubnetManager().setSaMaxQueueTimeMs(-1);
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "subnetTimeout 32 is out of range; expected 0..31");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "saServiceTimeNs -1 is too small");
        assertFires(ValidationRule.VALUE_OUT_OF_RANGE, Diagnostic.ERROR, "saMaxQueueTimeMs -1 is too small");
    }

    /** Issue 16, item 12: a host cabled to nothing that reaches the subnet manager is reported. */
    @Test
    void hostWithoutAPathToTheSubnetManager() {
        assertSilent(ValidationRule.SUBNET_MANAGER_UNREACHABLE);
        // hostB's HCA loses both cables to sw1: it still exists, but no MAD of it reaches the SM on smhost.
        testbed.getLinks().removeIf(link -> link.getSource().getNode() == hcaB || link.getTarget().getNode() == hcaB);
        assertFires(ValidationRule.SUBNET_MANAGER_UNREACHABLE, Diagnostic.WARNING, "HCA 'hostB/hca0'",
                "no cabled path to the subnet manager on port 1 of HCA 'smhost/hca0'");
        assertSilentOn(ValidationRule.SUBNET_MANAGER_UNREACHABLE, "hostA");

        // Cabled to a second switch that is not cabled to sw1: still an island.
        io.hcastudio.model.Switch island = HcaFactory.eINSTANCE.createSwitch();
        island.setName("island");
        island.setPortCount(8);
        island.getPorts().add(io.hcastudio.model.templates.ElementTemplates.port(1));
        testbed.getSwitches().add(island);
        Link cable = HcaFactory.eINSTANCE.createLink();
        cable.setSource(hcaB.port(1));
        cable.setTarget(island.port(1));
        testbed.getLinks().add(cable);
        assertFires(ValidationRule.SUBNET_MANAGER_UNREACHABLE, Diagnostic.WARNING, "HCA 'hostB/hca0'");

        // One cable from the island to sw1 joins it to the fabric.
        island.getPorts().add(io.hcastudio.model.templates.ElementTemplates.port(2));
        io.hcastudio.model.Port free = io.hcastudio.model.templates.ElementTemplates.port(30);
        sw1.getPorts().add(free);
        Link uplink = HcaFactory.eINSTANCE.createLink();
        uplink.setSource(island.port(2));
        uplink.setTarget(free);
        testbed.getLinks().add(uplink);
        assertSilent(ValidationRule.SUBNET_MANAGER_UNREACHABLE);
    }
}
