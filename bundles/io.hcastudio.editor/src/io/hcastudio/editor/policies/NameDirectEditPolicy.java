package io.hcastudio.editor.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import io.hcastudio.editor.commands.RenameCommand;
import io.hcastudio.model.NamedElement;

/** Renames an element from the in-place text editor. */
public class NameDirectEditPolicy extends DirectEditPolicy {

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor().getValue();
        return new RenameCommand((NamedElement) getHost().getModel(), value == null ? null : value.toString());
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // The cell editor shows the text being typed; the figure keeps the committed name until the command runs.
    }
}
