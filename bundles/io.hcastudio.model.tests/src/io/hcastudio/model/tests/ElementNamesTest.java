package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.model.identity.ElementNames;
import io.hcastudio.model.templates.ElementTemplates;

/** Function, interface and workload names, and names unique per kind. */
class ElementNamesTest {

    @Test
    void functionsAreNamedAfterTheirIdAndInterfacesAfterTheirPort() {
        assertEquals("PF", ElementNames.functionName(0));
        assertEquals("VF3", ElementNames.functionName(3));
        assertEquals("ib0", ElementNames.ipoibName(1));
        assertEquals("ib1", ElementNames.ipoibName(2));
        PciFunction unnamed = ElementTemplates.function(4, List.of());
        unnamed.setName(null);
        assertEquals("VF4", ElementNames.nameOf(unnamed));
        unnamed.setName("storage");
        assertEquals("storage", ElementNames.nameOf(unnamed));
    }

    @Test
    void workloadsAreNamedAfterKindAndInterface() {
        Topology testbed = ExampleModels.commitTestbed();
        Hca hostA = testbed.getHosts().get(1).getHcas().get(0);
        assertEquals("client-hostA/VF3-p1", ElementNames.workloadName("client", hostA.getFunctions().get(3), 1));
        Hca loose = ElementTemplates.connectX3(1, 0);
        assertEquals("out-PF-p1", ElementNames.workloadName("out", loose.getFunctions().get(0), 1), "no host, no prefix");
    }

    @Test
    void aFreeNameIsKeptATakenOneGetsTheFirstFreeNumber() {
        Host host = ElementTemplates.host();
        host.setName("hostA");
        assertEquals("hostA", ElementNames.uniqueName(host, Set.of("hostB")));
        assertEquals("hostA-1", ElementNames.uniqueName(host, Set.of("hostA")));
        host.setName("hostA-1");
        assertEquals("hostA-2", ElementNames.uniqueName(host, Set.of("hostA-1")), "the stem drops a number suffix");
        host.setName(null);
        assertEquals("host-1", ElementNames.uniqueName(host, Set.of()), "unnamed elements take their kind's name");
        VirtualMachine machine = ElementTemplates.virtualMachine();
        assertEquals("vm-2", ElementNames.uniqueName(machine, Set.of("vm-1")));
    }

    @Test
    void newElementsAreNamedUniquelyPerKindAndFunctionsByTheirId() {
        Topology testbed = ExampleModels.commitTestbed();
        Host host = ElementTemplates.hostWithVirtualMachines(2);
        host.setName("hostA");
        host.getHcas().get(0).setName("hca0");
        host.getHcas().get(0).getFunctions().get(1).setName(null);
        ElementNames.nameNewElements(testbed, host);
        assertEquals("hostA-1", host.getName());
        assertEquals("hca0-1", host.getHcas().get(0).getName(), "HCA names are unique across hosts");
        assertEquals("vm-1", host.getVirtualMachines().get(0).getName());
        assertEquals("vm-2", host.getVirtualMachines().get(1).getName());
        assertEquals("PF", host.getHcas().get(0).getFunctions().get(0).getName(), "every HCA has a PF");
        assertEquals("VF1", host.getHcas().get(0).getFunctions().get(1).getName());
    }
}
