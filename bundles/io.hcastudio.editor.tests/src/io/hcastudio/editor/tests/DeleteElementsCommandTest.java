package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.DeleteElementsCommand;
import io.hcastudio.editor.commands.ReplicateCommand;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.Workload;

class DeleteElementsCommandTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void deletingAnHcaTakesItsLinksAndTheWorkloadsOnItsFunctions() {
        Hca hca = Fixtures.hca(topology, "hostA");
        int links = topology.getLinks().size();
        CommandChecks.executeUndoRedo(topology, new DeleteElementsCommand(List.of(hca)), () -> {
            assertTrue(Fixtures.host(topology, "hostA").getHcas().isEmpty());
            assertEquals(links - 2, topology.getLinks().size(), "both cables of the dual-port HCA go");
            for (var scenario : topology.getScenarios()) {
                for (Workload workload : scenario.getWorkloads()) {
                    assertTrue(workload.getFunction() == null || workload.getFunction().eContainer() != null,
                            "no workload is left on a deleted function");
                }
            }
        });
    }

    @Test
    void deletingTheSubnetManagersNodeClearsItsPort() {
        Host smHost = Fixtures.host(topology, "smhost");
        CommandChecks.executeUndoRedo(topology, new DeleteElementsCommand(List.of(smHost)), () -> {
            if (topology.getSubnetManager() != null) {
                assertNull(topology.getSubnetManager().getPort());
            }
        });
    }

    @Test
    void deletingAVmOrItsFunctionKeepsBothSidesConsistent() {
        Host host = Fixtures.host(topology, "hostB");
        ReplicateCommand.virtualMachines(host, 2).execute();
        VirtualMachine machine = host.getVirtualMachines().get(0);
        PciFunction function = machine.getFunctions().get(0);
        CommandChecks.executeUndoRedo(topology, new DeleteElementsCommand(List.of(machine)), () -> {
            assertNull(function.getVirtualMachine());
        });
        VirtualMachine other = host.getVirtualMachines().get(0);
        PciFunction otherFunction = other.getFunctions().get(0);
        CommandChecks.executeUndoRedo(topology, new DeleteElementsCommand(List.of(otherFunction)), () -> {
            assertTrue(other.getFunctions().isEmpty());
        });
    }

    @Test
    void aSelectionWithNestedElementsAndTheirLinksDeletesInOneStep() {
        Host host = Fixtures.host(topology, "hostA");
        Hca hca = host.getHcas().get(0);
        List<EObject> selection = List.of(host, hca, topology.linkOf(hca.getPorts().get(0)));
        CommandChecks.executeUndoRedo(topology, new DeleteElementsCommand(selection), () -> {
            assertFalse(topology.getHosts().contains(host));
        });
    }

    @Test
    void refusesTheTopologyAndEmptySelections() {
        assertFalse(new DeleteElementsCommand(List.of(topology)).canExecute());
        assertFalse(new DeleteElementsCommand(List.of()).canExecute());
    }
}
