package io.hcastudio.editor.actions;

import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.resource.ImageDescriptor;

import io.hcastudio.editor.TopologyEditor;
import io.hcastudio.editor.commands.ReplicateCommand;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Host;
import io.hcastudio.model.identity.FunctionIdRange;

/** "Replicate…": asks how many and adds that many VFs to the selected HCA, or VMs to the selected host. */
public class ReplicateAction extends SelectionAction {

    public ReplicateAction(TopologyEditor editor) {
        super(editor);
        setId(TopologyActionIds.REPLICATE);
        setText("&Replicate\u2026");
        setToolTipText("Add N virtual functions to the selected HCA, or N VMs (with a VF each) to the selected host");
        setImageDescriptor(ImageDescriptor.createFromFile(ReplicateAction.class, "/icons/replicate.png"));
    }

    private Object selectedModel() {
        List<?> selection = getSelectedObjects();
        return selection.size() == 1 && selection.get(0) instanceof EditPart part ? part.getModel() : null;
    }

    @Override
    protected boolean calculateEnabled() {
        Object model = selectedModel();
        return model instanceof Hca hca && FunctionIdRange.spareVirtualFunctions(hca) > 0 || model instanceof Host;
    }

    /** The command adding {@code count} copies for the current selection, or null. */
    public ReplicateCommand createCommand(int count) {
        Object model = selectedModel();
        if (model instanceof Hca hca) {
            return ReplicateCommand.virtualFunctions(hca, count);
        }
        return model instanceof Host host ? ReplicateCommand.virtualMachines(host, count) : null;
    }

    @Override
    public void run() {
        Object model = selectedModel();
        int limit = model instanceof Hca hca ? FunctionIdRange.spareVirtualFunctions(hca) : 256;
        String what = model instanceof Hca ? "virtual functions" : "virtual machines (each gets a VF of the host's first HCA)";
        InputDialog dialog = new InputDialog(getWorkbenchPart().getSite().getShell(), "Replicate", "How many " + what + "? (1 to "
                + limit + ")", "8", text -> {
                    try {
                        int count = Integer.parseInt(text.strip());
                        return count >= 1 && count <= limit ? null : "Enter a number from 1 to " + limit;
                    } catch (NumberFormatException e) {
                        return "Enter a number from 1 to " + limit;
                    }
                });
        if (dialog.open() == IDialogConstants.OK_ID) {
            ReplicateCommand command = createCommand(Integer.parseInt(dialog.getValue().strip()));
            if (command != null && command.canExecute()) {
                execute(command);
            }
        }
    }
}
