package io.hcastudio.editor.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;

import io.hcastudio.editor.commands.CreateLinkCommand;
import io.hcastudio.editor.commands.ReconnectLinkCommand;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;

/** Ports are where links start, end and get reconnected to. */
public class PortLinkPolicy extends GraphicalNodeEditPolicy {

    private Port port() {
        return (Port) getHost().getModel();
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        if (!CreateLinkCommand.canStartAt(port())) {
            return null;
        }
        CreateLinkCommand command = new CreateLinkCommand(port(), request.getNewObject() instanceof Link link ? link : null);
        request.setStartCommand(command);
        return command;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (request.getStartCommand() instanceof CreateLinkCommand command) {
            command.setTarget(port());
            return command;
        }
        return null;
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return new ReconnectLinkCommand((Link) request.getConnectionEditPart().getModel(), port(), true);
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return new ReconnectLinkCommand((Link) request.getConnectionEditPart().getModel(), port(), false);
    }
}
