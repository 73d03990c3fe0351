package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.CreateElementCommand;
import io.hcastudio.editor.palette.Templates;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

class CreateElementCommandTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void createsAHostWhereItWasDroppedWithAFreshName() {
        Host host = Templates.host();
        int hostsBefore = topology.getHosts().size();
        CommandChecks.executeUndoRedo(topology, new CreateElementCommand(topology, host, new Rectangle(500, 400, 0, 0)), () -> {
            assertEquals(hostsBefore + 1, topology.getHosts().size());
            assertEquals(500, host.getX());
            assertEquals(400, host.getY());
            assertEquals("host-1", host.getName());
        });
    }

    @Test
    void createsTheConnectX3TemplateInAHostWithNewGuidsByTheScheme() {
        Host host = Fixtures.host(topology, "hostA");
        List<Long> existing = Fixtures.guids(topology);
        Hca hca = Templates.connectX3DualPortWithEightVfs();
        CommandChecks.executeUndoRedo(topology, new CreateElementCommand(host, hca, new Rectangle(10, 300, 0, 0)), () -> {
            assertEquals(2, host.getHcas().size());
            assertEquals(9, hca.getFunctions().size());
            assertEquals(2, hca.getPorts().size());
            // The PF answers with the HCA's GUIDs and a lone adapter is its own system image, as on real hardware;
            // every other GUID is new.
            assertEquals(hca.getNodeGuid(), hca.getSystemImageGuid());
            assertEquals(hca.getNodeGuid(), hca.physicalFunction().getNodeGuid());
            assertEquals(hca.port(1).getPortGuid(), hca.physicalFunction().interfaceOn(1).getAliasGuid());
            List<Long> own = new ArrayList<>(List.of(hca.getNodeGuid()));
            hca.getPorts().forEach(port -> own.add(port.getPortGuid()));
            for (PciFunction function : hca.virtualFunctions()) {
                own.add(function.getNodeGuid());
                function.getInterfaces().forEach(functionInterface -> own.add(functionInterface.getAliasGuid()));
            }
            assertFalse(own.contains(0L), "every GUID is set: " + own);
            assertTrue(Fixtures.allDistinct(own), "new GUIDs are distinct: " + own);
            List<Long> clash = new ArrayList<>(own);
            clash.retainAll(existing);
            assertTrue(clash.isEmpty(), "new GUIDs do not reuse existing ones: " + clash);
            for (PciFunction function : hca.getFunctions()) {
                assertEquals(function.getFunctionId(), function.getSlaveNumber());
                assertEquals(2, function.getInterfaces().size(), "every function is active on both ports");
            }
        });
    }

    @Test
    void aPortJoinsItsNodeWithTheNextNumber() {
        Switch fabricSwitch = Fixtures.fabricSwitch(topology);
        int highest = fabricSwitch.getPorts().stream().mapToInt(Port::getNumber).max().orElse(0);
        Port port = Templates.port();
        CommandChecks.executeUndoRedo(topology, new CreateElementCommand(fabricSwitch, port, null),
                () -> assertEquals(highest + 1, port.getNumber()));
    }

    @Test
    void aVirtualFunctionTakesTheNextFunctionAndSlaveNumber() {
        Hca hca = Fixtures.hca(topology, "hostA");
        int highest = hca.getFunctions().stream().mapToInt(PciFunction::getFunctionId).max().orElse(0);
        PciFunction function = Templates.virtualFunction();
        CommandChecks.executeUndoRedo(topology, new CreateElementCommand(hca, function, new Rectangle(8, 200, 76, 40)), () -> {
            assertEquals(highest + 1, function.getFunctionId());
            assertEquals(highest + 1, function.getSlaveNumber());
            assertNotEquals(0L, function.getNodeGuid());
        });
    }

    @Test
    void refusesElementsTheContainerCannotHold() {
        assertFalse(new CreateElementCommand(topology, Templates.hca(), null).canExecute(), "an HCA needs a host");
        assertFalse(new CreateElementCommand(Fixtures.host(topology, "hostA"), Templates.switchNode(), null).canExecute(),
                "a switch does not go into a host");
        assertFalse(new CreateElementCommand(null, Templates.host(), null).canExecute());
        assertFalse(new CreateElementCommand(topology, null, null).canExecute());
        assertFalse(new CreateElementCommand(topology, Fixtures.host(topology, "hostB"), null).canExecute(),
                "an element already in the model is not created again");
    }
}
