package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.hcastudio.editor.commands.RenameCommand;
import io.hcastudio.model.Host;
import io.hcastudio.model.Topology;

class RenameCommandTest {

    private final Topology topology = Fixtures.testbed();

    @Test
    void renamesAnElement() {
        Host host = Fixtures.host(topology, "hostA");
        CommandChecks.executeUndoRedo(topology, new RenameCommand(host, "  compute-1 "), () -> assertEquals("compute-1", host.getName()));
    }

    @Test
    void refusesEmptyAndUnchangedNames() {
        Host host = Fixtures.host(topology, "hostA");
        assertFalse(new RenameCommand(host, " ").canExecute());
        assertFalse(new RenameCommand(host, null).canExecute());
        assertFalse(new RenameCommand(host, "hostA").canExecute());
    }
}
