package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.ReplicateCommand;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.identity.FunctionIdRange;
import io.hcastudio.model.identity.GuidScheme;

class ReplicateCommandTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void addsVirtualFunctionsWithSequentialNumbersAndGuidsByTheScheme() {
        Hca hca = Fixtures.hca(topology, "hostA");
        int before = hca.getFunctions().size();
        int nextId = hca.getFunctions().stream().mapToInt(PciFunction::getFunctionId).max().orElse(0) + 1;
        CommandChecks.executeUndoRedo(topology, ReplicateCommand.virtualFunctions(hca, 4), () -> {
            List<PciFunction> added = hca.getFunctions().subList(before, before + 4);
            for (int i = 0; i < added.size(); i++) {
                assertEquals(nextId + i, added.get(i).getFunctionId());
                assertEquals(nextId + i, added.get(i).getSlaveNumber());
                assertEquals(GuidScheme.functionGuid(hca.getNodeGuid(), nextId + i), added.get(i).getNodeGuid());
                assertEquals(GuidScheme.functionGuid(hca.port(2).getPortGuid(), nextId + i), added.get(i).interfaceOn(2).getAliasGuid());
            }
        });
    }

    @Test
    void addsVirtualMachinesEachWithItsOwnVirtualFunction() {
        Host host = Fixtures.host(topology, "hostB");
        int machines = host.getVirtualMachines().size();
        CommandChecks.executeUndoRedo(topology, ReplicateCommand.virtualMachines(host, 3), () -> {
            assertEquals(machines + 3, host.getVirtualMachines().size());
            for (VirtualMachine machine : host.getVirtualMachines().subList(machines, machines + 3)) {
                assertEquals(1, machine.getFunctions().size());
                PciFunction function = machine.getFunctions().get(0);
                assertSame(machine, function.getVirtualMachine());
                assertEquals(FunctionOwner.VIRTUAL_MACHINE, function.getOwner());
            }
        });
    }

    @Test
    void refusesMoreFunctionsThanTheHcaSupportsAndNonPositiveCounts() {
        Hca hca = Fixtures.hca(topology, "hostA");
        assertFalse(ReplicateCommand.virtualFunctions(hca, FunctionIdRange.spareVirtualFunctions(hca) + 1).canExecute());
        assertFalse(ReplicateCommand.virtualFunctions(hca, 0).canExecute());
        assertFalse(ReplicateCommand.virtualMachines(Fixtures.host(topology, "hostA"), -1).canExecute());
    }
}
