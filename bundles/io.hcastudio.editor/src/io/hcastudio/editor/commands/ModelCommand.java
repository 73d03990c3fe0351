package io.hcastudio.editor.commands;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.Command;

/**
 * A command whose model changes are recorded while it executes, so that undo and redo replay exactly what
 * happened, including everything a delete or paste cleans up along the way. Subclasses only say what to
 * change ({@link #apply()}) and when that is allowed ({@link #canExecute()}).
 */
public abstract class ModelCommand extends Command {

    private ChangeDescription changes;

    protected ModelCommand(String label) {
        super(label);
    }

    /** The object whose whole tree the command may change; typically the topology. */
    protected abstract EObject scope();

    /** Makes the change; runs once, later replays come from the recorded changes. */
    protected abstract void apply();

    @Override
    public void execute() {
        ChangeRecorder recorder = new ChangeRecorder(EcoreUtil.getRootContainer(scope()));
        try {
            apply();
        } finally {
            changes = recorder.endRecording();
            recorder.dispose();
        }
    }

    @Override
    public boolean canUndo() {
        return changes != null;
    }

    @Override
    public void undo() {
        changes.applyAndReverse();
    }

    @Override
    public void redo() {
        changes.applyAndReverse();
    }
}
