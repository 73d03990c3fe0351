package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.editor.actions.ClipboardContent;
import io.hcastudio.editor.commands.PasteCommand;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

class PasteCommandTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void pastesACopyOfAHostWithNewNamesGuidsAndInAFreePlace() {
        Host original = Fixtures.host(topology, "hostA");
        List<Long> existing = Fixtures.guids(topology);
        ClipboardContent clipboard = ClipboardContent.copyOf(List.of(original), topology);
        PasteCommand command = new PasteCommand(topology, clipboard.getElements(), clipboard.getLinks(), clipboard.nextPasteOffset());
        CommandChecks.executeUndoRedo(topology, command, () -> {
            Host copy = (Host) command.getPasted().get(0);
            assertTrue(topology.getHosts().contains(copy));
            assertNotEquals(original.getName(), copy.getName());
            // Shifted by 24 it would cover most of hostA: it goes where it covers no box of the diagram.
            io.hcastudio.model.layout.Bounds placed = io.hcastudio.model.layout.DiagramMetrics.boundsOf(copy);
            for (io.hcastudio.model.NodeElement other : java.util.stream.Stream.concat(topology.getHosts().stream(),
                    topology.getSwitches().stream()).toList()) {
                if (other != copy) {
                    assertFalse(placed.overlaps(io.hcastudio.model.layout.DiagramMetrics.boundsOf(other)), "the copy covers " + other.getName());
                }
            }
            List<Long> clash = new ArrayList<>(Fixtures.guids(copy));
            clash.retainAll(existing);
            assertTrue(clash.isEmpty(), "a pasted copy gets GUIDs of its own: " + clash);
        });
    }

    @Test
    void copiesLinksBetweenCopiedPortsOnly() {
        Switch fabricSwitch = Fixtures.fabricSwitch(topology);
        Host hostA = Fixtures.host(topology, "hostA");
        ClipboardContent clipboard = ClipboardContent.copyOf(List.of(fabricSwitch, hostA), topology);
        assertEquals(2, clipboard.getLinks().size(), "hostA's two cables to the switch travel with the copy");
        int links = topology.getLinks().size();
        PasteCommand command = new PasteCommand(topology, clipboard.getElements(), clipboard.getLinks(), clipboard.nextPasteOffset());
        CommandChecks.executeUndoRedo(topology, command, () -> assertEquals(links + 2, topology.getLinks().size()));
    }

    @Test
    void everyPasteOfTheSameClipboardMakesNewCopies() {
        Hca hca = Fixtures.hca(topology, "hostA");
        ClipboardContent clipboard = ClipboardContent.copyOf(List.of(hca), topology);
        Host target = Fixtures.host(topology, "hostB");
        new PasteCommand(target, clipboard.getElements(), clipboard.getLinks(), clipboard.nextPasteOffset()).execute();
        new PasteCommand(target, clipboard.getElements(), clipboard.getLinks(), clipboard.nextPasteOffset()).execute();
        assertEquals(3, target.getHcas().size());
        assertNotEquals(target.getHcas().get(1).getNodeGuid(), target.getHcas().get(2).getNodeGuid());
    }

    @Test
    void refusesATargetThatCannotHoldTheElements() {
        ClipboardContent clipboard = ClipboardContent.copyOf(List.of(Fixtures.hca(topology, "hostA")), topology);
        assertFalse(new PasteCommand(topology, clipboard.getElements(), clipboard.getLinks(), 24).canExecute(), "HCAs need a host");
        assertFalse(new PasteCommand(topology, List.of(), List.of(), 24).canExecute());
    }
}
