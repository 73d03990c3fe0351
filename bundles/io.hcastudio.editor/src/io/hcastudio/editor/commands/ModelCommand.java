package io.hcastudio.editor.commands;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
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
    private EObject root;

    protected ModelCommand(String label) {
        super(label);
    }

    /** The object whose whole tree the command may change; typically the topology. */
    protected abstract EObject scope();

    /** Makes the change; runs once, later replays come from the recorded changes. */
    protected abstract void apply();

    @Override
    public void execute() {
        root = EcoreUtil.getRootContainer(scope());
        inResource(() -> {
            ChangeRecorder recorder = new ChangeRecorder(root);
            try {
                apply();
            } finally {
                changes = recorder.endRecording();
                recorder.dispose();
            }
        });
    }

    /**
     * Runs {@code work} with the root in a resource. EMF's change recorder treats a root that is in no resource
     * as detached and would adopt it into the change description; models outside an editor (tests, the CLI)
     * have no resource, so they get a scratch one for the moment.
     */
    private void inResource(Runnable work) {
        if (root.eResource() != null) {
            work.run();
            return;
        }
        Resource scratch = new ResourceImpl();
        scratch.getContents().add(root);
        try {
            work.run();
        } finally {
            scratch.getContents().remove(root);
        }
    }

    @Override
    public boolean canUndo() {
        return changes != null;
    }

    @Override
    public void undo() {
        inResource(changes::applyAndReverse);
    }

    @Override
    public void redo() {
        inResource(changes::applyAndReverse);
    }
}
