package io.hcastudio.editor.parts;

import java.util.List;


import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.tools.ConnectionDragCreationTool;

import io.hcastudio.editor.figures.PortAnchor;
import io.hcastudio.editor.figures.PortFigure;
import io.hcastudio.editor.policies.ElementComponentPolicy;
import io.hcastudio.editor.policies.PortLinkPolicy;
import io.hcastudio.model.LinkLayer;
import io.hcastudio.model.Port;

/** A port: the anchor of links. Dragging from a port draws a new link. */
public class PortEditPart extends ModelEditPart implements org.eclipse.gef.NodeEditPart {

    private ConnectionAnchor anchor;

    public Port getPort() {
        return (Port) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new PortFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new PortLinkPolicy());
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentPolicy());
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return diagram().linksFrom(getPort());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return diagram().linksTo(getPort());
    }

    /** Re-reads the links attached to this port. */
    public void refreshLinks() {
        refreshSourceConnections();
        refreshTargetConnections();
        refreshVisuals();
    }

    @Override
    protected void refreshVisuals() {
        boolean cabled = !diagram().linksFrom(getPort()).isEmpty() || !diagram().linksTo(getPort()).isEmpty();
        ((PortFigure) getFigure()).setPort(getPort().getNumber(), getPort().getLinkLayer() == LinkLayer.ETHERNET, cabled);
    }

    private ConnectionAnchor anchor() {
        if (anchor == null) {
            anchor = new PortAnchor(getFigure());
        }
        return anchor;
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public DragTracker getDragTracker(Request request) {
        return new ConnectionDragCreationTool();
    }

    @Override
    public void showProblems(int severity, String messages) {
        ((PortFigure) getFigure()).setProblem(severity, messages);
    }
}
