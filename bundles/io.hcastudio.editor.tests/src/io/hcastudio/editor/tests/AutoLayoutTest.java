package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.ApplyBoundsCommand;
import io.hcastudio.editor.layout.AutoLayout;
import io.hcastudio.model.Host;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.Topology;

class AutoLayoutTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void layoutIsOneUndoableCommandOverEveryBox() {
        Map<NodeElement, Rectangle> layout = AutoLayout.compute(topology);
        ApplyBoundsCommand command = new ApplyBoundsCommand("Auto-layout", layout);
        CommandChecks.executeUndoRedo(topology, command, () -> {
            for (Map.Entry<NodeElement, Rectangle> entry : layout.entrySet()) {
                assertEquals(entry.getValue().x, entry.getKey().getX());
                assertEquals(entry.getValue().width, entry.getKey().getWidth());
            }
        });
    }

    @Test
    void topLevelBoxesDoNotOverlapAndTheSwitchIsAboveTheHosts() {
        Map<NodeElement, Rectangle> layout = AutoLayout.compute(topology);
        List<NodeElement> topLevel = new ArrayList<>(topology.getHosts());
        topLevel.addAll(topology.getSwitches());
        for (int i = 0; i < topLevel.size(); i++) {
            for (int j = i + 1; j < topLevel.size(); j++) {
                Rectangle a = layout.get(topLevel.get(i));
                Rectangle b = layout.get(topLevel.get(j));
                assertFalse(a.intersects(b), topLevel.get(i).getName() + " " + a + " overlaps " + topLevel.get(j).getName() + " " + b);
            }
        }
        Rectangle switchBox = layout.get(topology.getSwitches().get(0));
        for (Host host : List.of(Fixtures.host(topology, "hostA"), Fixtures.host(topology, "hostB"))) {
            assertTrue(switchBox.bottom() <= layout.get(host).y, "sw1 ranks above " + host.getName());
        }
    }

    @Test
    void sameModelSameLayout() {
        assertEquals(AutoLayout.compute(Fixtures.testbed()).values().toString(), AutoLayout.compute(Fixtures.testbed()).values().toString());
    }

    @Test
    void anUnplacedFabricNeedsLayoutAndAPlacedOneDoesNot() {
        assertFalse(AutoLayout.needsLayout(topology), "the test bed carries positions");
        topology.getHosts().forEach(host -> {
            host.setX(0);
            host.setY(0);
        });
        topology.getSwitches().forEach(node -> {
            node.setX(0);
            node.setY(0);
        });
        assertTrue(AutoLayout.needsLayout(topology));
        AutoLayout.applyTo(topology);
        assertFalse(AutoLayout.needsLayout(topology));
    }
}
