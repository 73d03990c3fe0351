package io.hcastudio.editor.commands;

import org.eclipse.emf.ecore.EObject;

import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;

/** Moves one end of a link to another free port of the same link layer. */
public class ReconnectLinkCommand extends ModelCommand {

    private final Link link;
    private final Port newPort;
    private final boolean sourceEnd;

    public ReconnectLinkCommand(Link link, Port newPort, boolean sourceEnd) {
        super("Reconnect link");
        this.link = link;
        this.newPort = newPort;
        this.sourceEnd = sourceEnd;
    }

    @Override
    public boolean canExecute() {
        if (link == null || newPort == null || link.eContainer() == null) {
            return false;
        }
        Port oldPort = sourceEnd ? link.getSource() : link.getTarget();
        Port otherEnd = sourceEnd ? link.getTarget() : link.getSource();
        Topology topology = CreateLinkCommand.topologyOf(link);
        return newPort != oldPort && CreateLinkCommand.topologyOf(newPort) == topology && topology.linkOf(newPort) == null
                && (otherEnd == null || otherEnd.getNode() != newPort.getNode() && otherEnd.getLinkLayer() == newPort.getLinkLayer());
    }

    @Override
    protected EObject scope() {
        return link;
    }

    @Override
    protected void apply() {
        if (sourceEnd) {
            link.setSource(newPort);
        } else {
            link.setTarget(newPort);
        }
    }
}
