package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.ApplyBoundsCommand;
import io.hcastudio.model.NodeElement;
import io.hcastudio.model.Topology;
import io.hcastudio.model.layout.Bounds;
import io.hcastudio.model.layout.TopologyLayout;

/** Auto-Layout applies the model's one layout (tested in io.hcastudio.model.tests) as a single undoable command. */
class AutoLayoutTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void layoutIsOneUndoableCommandOverEveryBox() {
        topology.getHosts().forEach(host -> host.setX(host.getX() + 300));
        Map<NodeElement, Bounds> layout = TopologyLayout.compute(topology);
        ApplyBoundsCommand command = new ApplyBoundsCommand("Auto-layout", layout);
        CommandChecks.executeUndoRedo(topology, command, () -> {
            for (Map.Entry<NodeElement, Bounds> entry : layout.entrySet()) {
                assertEquals(entry.getValue().x(), entry.getKey().getX());
                assertEquals(entry.getValue().width(), entry.getKey().getWidth());
            }
        });
    }
}
