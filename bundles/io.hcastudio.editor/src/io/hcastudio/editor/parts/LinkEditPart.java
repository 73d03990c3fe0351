package io.hcastudio.editor.parts;

import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.XYAnchor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

import io.hcastudio.editor.figures.DiagramColors;
import io.hcastudio.editor.figures.LinkFigure;
import io.hcastudio.editor.policies.LinkDeletePolicy;
import io.hcastudio.model.Link;
import io.hcastudio.model.LinkLayer;

/** A link between two ports, labelled with width and speed. */
public class LinkEditPart extends AbstractConnectionEditPart implements ProblemDisplay {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && isActive()) {
                refreshVisuals();
            }
        }
    };

    /**
     * Where a cable's end is drawn until the part of its port exists. GEF's default is one anchor shared by every
     * connection, and each connection registers on it: with 20,000 cables opened at once, unhooking them one by one
     * from that shared list was quadratic (seconds when opening a 10,000-node fabric). These belong to this link only,
     * at the places GEF's defaults use.
     */
    private final ConnectionAnchor looseSource = new XYAnchor(new Point(10, 10));
    private final ConnectionAnchor looseTarget = new XYAnchor(new Point(100, 100));

    public Link getLink() {
        return (Link) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new LinkFigure();
    }

    @Override
    protected ConnectionAnchor getSourceConnectionAnchor() {
        return getSource() == null ? looseSource : super.getSourceConnectionAnchor();
    }

    @Override
    protected ConnectionAnchor getTargetConnectionAnchor() {
        return getTarget() == null ? looseTarget : super.getTargetConnectionAnchor();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new LinkDeletePolicy());
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }

    @Override
    public void activate() {
        super.activate();
        getLink().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        getLink().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    protected void refreshVisuals() {
        Link link = getLink();
        String text = link.getWidth().getLiteral() + " " + link.getSpeed().getLiteral()
                + (link.isSetLatencyNs() ? " \u00b7 " + link.getLatencyNs() + " ns" : "");
        boolean ethernet = link.getSource() != null && link.getSource().getLinkLayer() == LinkLayer.ETHERNET;
        ((LinkFigure) getFigure()).setLink(text, ethernet);
        if (getViewer() != null && getViewer().getContents() instanceof DiagramEditPart diagram) {
            ((LinkFigure) getFigure()).setLabelFraction(diagram.labelFraction(link));
        }
    }

    @Override
    public void showProblems(int severity, String messages) {
        LinkFigure figure = (LinkFigure) getFigure();
        figure.setForegroundColor(severity >= org.eclipse.emf.common.util.Diagnostic.ERROR ? DiagramColors.ERROR
                : severity >= org.eclipse.emf.common.util.Diagnostic.WARNING ? DiagramColors.WARNING : DiagramColors.LINK);
        figure.setToolTip(messages == null ? null : new org.eclipse.draw2d.Label(messages));
    }
}
