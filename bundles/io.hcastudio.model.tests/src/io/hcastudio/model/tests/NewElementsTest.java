package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.identity.GuidScheme;
import io.hcastudio.model.resource.HcaTopologyResources;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.NewElements;

/** Templates and copies joining a topology: numbers, interfaces, names and GUIDs, the same every time. */
class NewElementsTest {

    private final Topology testbed = ExampleModels.commitTestbed();
    private final Host hostA = testbed.getHosts().get(1);
    private final Hca hcaA = hostA.getHcas().get(0);

    @Test
    void aVfJoiningAnHcaTakesTheNextIdAndIsActiveOnEveryPort() {
        PciFunction function = ElementTemplates.virtualFunction();
        NewElements.prepare(hcaA, function);
        assertEquals(9, function.getFunctionId());
        assertEquals(9, function.getSlaveNumber());
        assertEquals("VF9", function.getName());
        assertEquals(List.of(1, 2), function.getInterfaces().stream().map(FunctionInterface::getPortNumber).toList());
        assertEquals(GuidScheme.functionGuid(hcaA.getNodeGuid(), 9), function.getNodeGuid());
        assertEquals(GuidScheme.functionGuid(hcaA.port(2).getPortGuid(), 9), function.interfaceOn(2).getAliasGuid());
    }

    @Test
    void aPortJoiningASwitchTakesTheNextNumberAndNoGuid() {
        Switch fabricSwitch = testbed.getSwitches().get(0);
        Port port = ElementTemplates.port(0);
        NewElements.prepare(fabricSwitch, port);
        assertEquals(37, port.getNumber(), "the test bed lists switch port 36");
        assertEquals(37, fabricSwitch.getPortCount());
        assertEquals(0L, port.getPortGuid());
    }

    @Test
    void aCopyGetsANameAndGuidsOfItsOwnAndKeepsItsFunctionIds() {
        Host copy = EcoreUtil.copy(hostA);
        NewElements.prepareCopy(testbed, copy);
        Hca hca = copy.getHcas().get(0);
        assertEquals("hostA-1", copy.getName());
        assertEquals(testbed.getSwitches().get(0).getNodeGuid() + 1, hca.getNodeGuid(), "above the highest GUID, the switch's");
        assertNotEquals(hcaA.getNodeGuid(), hca.getNodeGuid());
        assertEquals(9, hca.getFunctions().size());
        assertEquals("VF3", hca.getFunctions().get(3).getName());
        assertEquals(GuidScheme.functionGuid(hca.getNodeGuid(), 3), hca.getFunctions().get(3).getNodeGuid());
        assertEquals("vm1-1", copy.getVirtualMachines().get(0).getName(), "VM names are unique across hosts");
    }

    @Test
    void theSameGestureOnTheSameModelGivesTheSameResult() throws IOException {
        assertEquals(afterDroppingAHost(), afterDroppingAHost());
    }

    private static String afterDroppingAHost() throws IOException {
        Topology topology = ExampleModels.commitTestbed();
        Host host = ElementTemplates.hostWithVirtualMachines(3);
        NewElements.prepare(topology, host);
        topology.getHosts().add(host);
        return new String(HcaTopologyResources.toBytes(topology), StandardCharsets.UTF_8);
    }
}
