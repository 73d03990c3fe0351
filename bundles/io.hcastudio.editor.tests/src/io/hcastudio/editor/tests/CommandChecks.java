package io.hcastudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.Command;

/**
 * Drives a command through execute, undo and redo and checks the model at each step: after undo it equals
 * the model before (deep structural equality), after redo the model after execute.
 */
final class CommandChecks {

    private CommandChecks() {
    }

    static void executeUndoRedo(EObject root, Command command, Runnable checkAfterExecute) {
        assertTrue(command.canExecute(), "the command can execute");
        EObject before = EcoreUtil.copy(root);
        command.execute();
        checkAfterExecute.run();
        EObject after = EcoreUtil.copy(root);
        assertFalse(EcoreUtil.equals(before, after), "the command changed the model");
        assertTrue(command.canUndo(), "the command can be undone");
        command.undo();
        assertTrue(EcoreUtil.equals(before, root), "undo restores the model as it was");
        command.redo();
        assertTrue(EcoreUtil.equals(after, root), "redo repeats the change");
        assertNull(root.eContainer(), "the model's root stays a root");
        checkAfterExecute.run();
    }
}
