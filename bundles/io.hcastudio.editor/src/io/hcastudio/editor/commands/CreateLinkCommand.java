package io.hcastudio.editor.commands;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.Link;
import io.hcastudio.model.Port;
import io.hcastudio.model.Topology;

/**
 * Cables two ports. The link takes the width and speed the two ports can both run (the lower of each), and a
 * port that is already cabled cannot take a second link.
 */
public class CreateLinkCommand extends ModelCommand {

    private final Port source;
    private final Link link;
    private Port target;

    public CreateLinkCommand(Port source, Link link) {
        super("Connect ports");
        this.source = source;
        this.link = link == null ? HcaFactory.eINSTANCE.createLink() : link;
    }

    public void setTarget(Port target) {
        this.target = target;
    }

    public Link getLink() {
        return link;
    }

    /** Whether {@code port} can start a link at all. */
    public static boolean canStartAt(Port port) {
        Topology topology = topologyOf(port);
        return topology != null && topology.linkOf(port) == null;
    }

    @Override
    public boolean canExecute() {
        if (!canStartAt(source) || target == null || target == source || link.eContainer() != null) {
            return false;
        }
        Topology topology = topologyOf(source);
        return topologyOf(target) == topology && target.getNode() != source.getNode() && topology.linkOf(target) == null
                && source.getLinkLayer() == target.getLinkLayer();
    }

    @Override
    protected EObject scope() {
        return source;
    }

    @Override
    protected void apply() {
        link.setSource(source);
        link.setTarget(target);
        link.setWidth(source.getWidth().getValue() <= target.getWidth().getValue() ? source.getWidth() : target.getWidth());
        link.setSpeed(source.getSpeed().getValue() <= target.getSpeed().getValue() ? source.getSpeed() : target.getSpeed());
        topologyOf(source).getLinks().add(link);
    }

    static Topology topologyOf(EObject object) {
        return object != null && EcoreUtil.getRootContainer(object) instanceof Topology topology ? topology : null;
    }
}
