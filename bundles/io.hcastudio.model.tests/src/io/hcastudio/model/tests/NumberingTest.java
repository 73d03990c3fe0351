package io.hcastudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.model.Hca;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Switch;
import io.hcastudio.model.identity.Numbering;
import io.hcastudio.model.templates.ElementTemplates;
import io.hcastudio.model.templates.HcaKind;

/** Port numbers and function ids: the one asked for if free, else the next free one. */
class NumberingTest {

    @Test
    void aPortTakesItsNumberIfFreeElseTheNextAndWidensThePortCount() {
        Switch fabricSwitch = ElementTemplates.switchX(8, 8);
        Port unnumbered = ElementTemplates.port(0);
        Numbering.numberPort(fabricSwitch, unnumbered);
        assertEquals(9, unnumbered.getNumber());
        assertEquals(9, fabricSwitch.getPortCount());
        Port taken = ElementTemplates.port(3);
        Numbering.numberPort(fabricSwitch, taken);
        assertEquals(9, taken.getNumber(), "3 is taken; the port was not added, so 9 is still the next");
        Port free = ElementTemplates.port(20);
        Numbering.numberPort(fabricSwitch, free);
        assertEquals(20, free.getNumber());
        assertEquals(20, fabricSwitch.getPortCount());
    }

    @Test
    void aFunctionTakesItsIdIfFreeElseTheNextAndItsSlaveNumberFollows() {
        Hca hca = ElementTemplates.connectX3(2, 3);
        PciFunction next = ElementTemplates.virtualFunction();
        Numbering.numberFunction(hca, next);
        assertEquals(4, next.getFunctionId());
        assertEquals(4, next.getSlaveNumber());
        PciFunction taken = ElementTemplates.function(2, List.of(1));
        Numbering.numberFunction(hca, taken);
        assertEquals(4, taken.getFunctionId());
        PciFunction free = ElementTemplates.function(10, List.of(1));
        Numbering.numberFunction(hca, free);
        assertEquals(10, free.getFunctionId());
        assertEquals(10, free.getSlaveNumber());

        Hca empty = ElementTemplates.hca(HcaKind.CONNECTX_3, 1);
        PciFunction first = ElementTemplates.virtualFunction();
        Numbering.numberFunction(empty, first);
        assertEquals(0, first.getFunctionId(), "the first function of an HCA is its PF");
    }

    @Test
    void findsFunctionsById() {
        Hca hca = ElementTemplates.connectX3(2, 3);
        assertSame(hca.getFunctions().get(2), Numbering.functionById(hca, 2));
        assertNull(Numbering.functionById(hca, 7));
    }
}
