package io.hcastudio.editor.policies;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.hcastudio.editor.commands.DeleteElementsCommand;

/** Deletion of an element; the delete action combines the selection into one undo step. */
public class ElementComponentPolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        return new DeleteElementsCommand(List.of((EObject) getHost().getModel()));
    }
}
