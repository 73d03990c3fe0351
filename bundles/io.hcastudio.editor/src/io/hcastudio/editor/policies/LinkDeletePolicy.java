package io.hcastudio.editor.policies;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.hcastudio.editor.commands.DeleteElementsCommand;

/** Deletion of a link. */
public class LinkDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        return new DeleteElementsCommand(List.of((EObject) getHost().getModel()));
    }
}
