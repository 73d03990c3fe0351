package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.identity.GuidAllocator;
import io.hcastudio.model.identity.GuidScheme;
import io.hcastudio.model.templates.ElementTemplates;

/** GUIDs for elements joining a topology: fresh blocks for nodes, the scheme's GUIDs for ports and functions. */
class GuidAllocatorTest {

    /** The test bed's highest physical GUID is its switch's. */
    private static final long TESTBED_SWITCH = 0x0002c90300001000L;

    private final Topology testbed = ExampleModels.commitTestbed();
    private final Host hostA = testbed.getHosts().get(1);

    @Test
    void aNewHcaGetsAFreshBlockAboveEveryPhysicalGuidAndItsFunctionsFollowTheScheme() {
        Hca hca = ElementTemplates.connectX3(2, 2);
        new GuidAllocator(testbed, hca).assign(hostA, hca);
        long node = TESTBED_SWITCH + 1;
        assertEquals(node, hca.getNodeGuid());
        assertEquals(node, hca.getSystemImageGuid());
        assertEquals(node + 1, hca.port(1).getPortGuid());
        assertEquals(node + 2, hca.port(2).getPortGuid());
        assertEquals(node, hca.getFunctions().get(0).getNodeGuid(), "the PF answers with the HCA's GUID");
        assertEquals(node + 2, hca.getFunctions().get(0).interfaceOn(2).getAliasGuid());
        assertEquals(GuidScheme.functionGuid(node, 2), hca.getFunctions().get(2).getNodeGuid());
        assertEquals(GuidScheme.functionGuid(node + 1, 2), hca.getFunctions().get(2).interfaceOn(1).getAliasGuid());
        List<Long> before = guids(ExampleModels.commitTestbed());
        List<Long> clash = new ArrayList<>(List.of(node, node + 1, node + 2, hca.getFunctions().get(1).getNodeGuid()));
        clash.retainAll(before);
        assertTrue(clash.isEmpty(), "no GUID is reused: " + clash);
    }

    @Test
    void aTopologyWithoutGuidsStartsAtTheFirstGuid() {
        assertEquals(GuidScheme.FIRST_GUID, GuidAllocator.nextFreeGuid(HcaFactory.eINSTANCE.createTopology()));
        assertEquals(TESTBED_SWITCH + 1, GuidAllocator.nextFreeGuid(testbed));
    }

    @Test
    void aFreshBlockSkipsGuidsInUse() {
        Topology topology = HcaFactory.eINSTANCE.createTopology();
        Host host = ElementTemplates.host();
        topology.getHosts().add(host);
        Hca first = ElementTemplates.connectX3(0, 1);
        host.getHcas().add(first);
        long node = GuidScheme.FIRST_GUID + 0x100;
        first.setNodeGuid(node);
        // A function GUID right above the HCA's (as a file may hold) is not physical, but it is in use.
        first.getFunctions().get(1).setNodeGuid(node + 2);
        Hca second = ElementTemplates.connectX3(2, 0);
        new GuidAllocator(topology, second).assign(host, second);
        assertEquals(node + 3, second.getNodeGuid(), "a block from node + 1 would hit node + 2");
        assertEquals(node + 5, second.port(2).getPortGuid());
    }

    @Test
    void aPortJoiningANodeTakesNodePlusNumberIfFreeElseAFreshGuid() {
        Hca hca = hostA.getHcas().get(0);
        Port third = ElementTemplates.port(3);
        new GuidAllocator(testbed, third).assign(hca, third);
        assertEquals(hca.getNodeGuid() + 3, third.getPortGuid());

        Hca smHca = testbed.getHosts().get(0).getHcas().get(0);
        Port clashing = ElementTemplates.port(0x100);
        new GuidAllocator(testbed, clashing).assign(smHca, clashing);
        assertNotEquals(smHca.getNodeGuid() + 0x100, clashing.getPortGuid(), "that is hostA's node GUID");
        assertEquals(TESTBED_SWITCH + 1, clashing.getPortGuid());

        Switch fabricSwitch = testbed.getSwitches().get(0);
        Port switchPort = ElementTemplates.port(9);
        new GuidAllocator(testbed, switchPort).assign(fabricSwitch, switchPort);
        assertEquals(0L, switchPort.getPortGuid(), "switch ports answer with the switch's GUID");
    }

    @Test
    void aVfWhoseSchemeGuidIsTakenGetsAFreshOne() {
        Hca hca = hostA.getHcas().get(0);
        // hostB's VF1 holds what would be hostA's VF9 GUID (an edited or imported file may do that).
        testbed.getHosts().get(2).getHcas().get(0).getFunctions().get(1).setNodeGuid(GuidScheme.functionGuid(hca.getNodeGuid(), 9));
        PciFunction vf9 = ElementTemplates.function(9, List.of(1));
        new GuidAllocator(testbed, vf9).assign(hca, vf9);
        assertEquals(TESTBED_SWITCH + 1, vf9.getNodeGuid());
        assertEquals(GuidScheme.functionGuid(hca.port(1).getPortGuid(), 9), vf9.interfaceOn(1).getAliasGuid());
    }

    @Test
    void functionsOfAnHcaWithoutGuidGetFreshGuids() {
        Hca hca = hostA.getHcas().get(0);
        hca.setNodeGuid(0);
        PciFunction vf9 = ElementTemplates.function(9, List.of());
        new GuidAllocator(testbed, vf9).assign(hca, vf9);
        assertEquals(TESTBED_SWITCH + 1, vf9.getNodeGuid());
    }

    @Test
    void clearingDropsEveryGuidOfTheSubtree() {
        GuidAllocator.clearGuids(hostA);
        assertEquals(List.of(), guids(hostA));
        assertTrue(!guids(testbed).isEmpty(), "the rest keeps its GUIDs");
    }

    @Test
    void theSameModelGetsTheSameGuids() {
        assertEquals(guidsOfANewHostIn(ExampleModels.commitTestbed()), guidsOfANewHostIn(ExampleModels.commitTestbed()));
    }

    private static List<Long> guidsOfANewHostIn(Topology topology) {
        Host host = ElementTemplates.hostWithVirtualMachines(4);
        new GuidAllocator(topology, host).assign(topology, host);
        return guids(host);
    }

    /** Every GUID set in the subtree, in containment order. */
    private static List<Long> guids(EObject root) {
        List<EObject> objects = new ArrayList<>(List.of(root));
        root.eAllContents().forEachRemaining(objects::add);
        List<Long> guids = new ArrayList<>();
        for (EObject object : objects) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType() == HcaPackage.Literals.GUID && (Long) object.eGet(attribute) != 0L) {
                    guids.add((Long) object.eGet(attribute));
                }
            }
        }
        return guids;
    }
}
