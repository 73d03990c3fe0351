package io.hcastudio.editor.actions;

import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.jface.resource.ImageDescriptor;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.ApplyBoundsCommand;
import io.hcastudio.model.layout.TopologyLayout;

/** Lays the whole diagram out again, as one undoable step. */
public class AutoLayoutAction extends WorkbenchPartAction {

    public AutoLayoutAction(TopologyEditor editor) {
        super(editor);
        setId(TopologyActionIds.AUTO_LAYOUT);
        // The command of the same id carries the key binding (Ctrl+Shift+F).
        setActionDefinitionId(TopologyActionIds.AUTO_LAYOUT);
        setText("Auto-&Layout");
        setToolTipText("Arrange hosts, switches and routers along the links");
        setImageDescriptor(ImageDescriptor.createFromFile(AutoLayoutAction.class, "/icons/layout.png"));
    }

    @Override
    protected boolean calculateEnabled() {
        return ((TopologyEditor) getWorkbenchPart()).getTopology() != null;
    }

    public ApplyBoundsCommand createCommand() {
        return new ApplyBoundsCommand("Auto-layout", TopologyLayout.compute(((TopologyEditor) getWorkbenchPart()).getTopology()));
    }

    @Override
    public void run() {
        ApplyBoundsCommand command = createCommand();
        if (command.canExecute()) {
            execute(command);
        }
    }
}
