package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.draw2d.geometry.Rectangle;
import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.SetBoundsCommand;
import io.hcastudio.model.Host;
import io.hcastudio.model.Topology;

class SetBoundsCommandTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void movesAndResizesABox() {
        Host host = Fixtures.host(topology, "hostB");
        CommandChecks.executeUndoRedo(topology, new SetBoundsCommand(host, new Rectangle(900, 50, 420, 300)), () -> {
            assertEquals(900, host.getX());
            assertEquals(50, host.getY());
            assertEquals(420, host.getWidth());
            assertEquals(300, host.getHeight());
        });
    }

    @Test
    void refusesANegativeSizeOrNoElement() {
        assertFalse(new SetBoundsCommand(Fixtures.host(topology, "hostB"), new Rectangle(0, 0, -5, 10)).canExecute());
        assertFalse(new SetBoundsCommand(null, new Rectangle(0, 0, 5, 10)).canExecute());
    }
}
