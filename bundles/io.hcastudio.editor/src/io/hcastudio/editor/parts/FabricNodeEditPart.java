package io.hcastudio.editor.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;

import io.hcastudio.editor.figures.FabricNodeFigure;
import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.FabricNode;
import io.hcastudio.model.Hca;
import io.hcastudio.model.Router;
import io.hcastudio.model.Switch;
import io.hcastudio.model.operations.Guids;
import io.hcastudio.model.templates.HcaKind;

/**
 * An HCA, switch or router: its ports on the strip at the top, and for an HCA its PCI functions inside.
 * The HCA also redraws when its driver profile (a contained object) changes.
 */
public class FabricNodeEditPart extends NodeEditPart {

    private final org.eclipse.emf.common.notify.Adapter profileListener = new org.eclipse.emf.ecore.util.EContentAdapter() {
        @Override
        public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && isActive()) {
                refreshVisuals();
            }
        }
    };

    public FabricNode getFabricNode() {
        return (FabricNode) getModel();
    }

    private FabricNodeFigure nodeFigure() {
        return (FabricNodeFigure) getFigure();
    }

    @Override
    protected boolean isContainer() {
        return true;
    }

    @Override
    protected IFigure createFigure() {
        FabricNodeFigure.Kind kind = getModel() instanceof Switch ? FabricNodeFigure.Kind.SWITCH
                : getModel() instanceof Router ? FabricNodeFigure.Kind.ROUTER : FabricNodeFigure.Kind.HCA;
        return new FabricNodeFigure(kind);
    }

    @Override
    protected List<Object> getModelChildren() {
        return getModel() instanceof Hca hca ? children(hca.getPorts(), hca.getFunctions()) : children(getFabricNode().getPorts(), List.of());
    }

    @Override
    protected void addChildVisual(EditPart child, int index) {
        IFigure childFigure = ((GraphicalEditPart) child).getFigure();
        if (child instanceof PortEditPart) {
            int position = 0;
            for (int i = 0; i < index; i++) {
                if (getChildren().get(i) instanceof PortEditPart) {
                    position++;
                }
            }
            nodeFigure().getPortStrip().add(childFigure, position);
        } else {
            getContentPane().add(childFigure);
        }
    }

    @Override
    protected void removeChildVisual(EditPart child) {
        IFigure childFigure = ((GraphicalEditPart) child).getFigure();
        childFigure.getParent().remove(childFigure);
    }

    @Override
    public void activate() {
        super.activate();
        if (getModel() instanceof Hca hca) {
            hca.eAdapters().add(profileListener);
        }
    }

    @Override
    public void deactivate() {
        if (getModel() instanceof Hca hca) {
            hca.eAdapters().remove(profileListener);
        }
        super.deactivate();
    }

    @Override
    protected void refreshVisuals() {
        super.refreshVisuals();
        FabricNode node = getFabricNode();
        String guid = Guids.format(node.getNodeGuid());
        String name = node.getName() == null ? "" : node.getName();
        if (diagram().runsSubnetManager(node)) {
            name = name + "   [SM]";
        }
        if (node instanceof Hca hca) {
            String model = HcaKind.describe(hca);
            DriverProfile profile = hca.getDriverProfile();
            String profileText = profile == null || profile.getPreset() == null || profile.getWorkQueueMode() == null
                    ? "no driver profile"
                    : "driver profile " + profile.getPreset().getLiteral() + (profile.matchesPreset() ? "" : " (modified)") + ", "
                            + profile.getWorkQueueMode().getLiteral() + " work queue, wire ring " + profile.getWireRingSize()
                            + ", tunnel ring " + profile.getTunnelRingSize();
            nodeFigure().setNode(name, model, name + ": " + model + "\nnode GUID " + guid + "\n" + profileText);
            if (profile != null) {
                nodeFigure().setProfile(profile.getPreset(), profile.getWorkQueueMode(), profile.getWireRingSize(),
                        profile.getTunnelRingSize(), profile.matchesPreset());
            } else {
                nodeFigure().setProfile(null, null, 0, 0, true);
            }
        } else {
            String kind = node instanceof Switch ? "switch" : "router";
            String summary = kind + " \u00b7 " + node.getPortCount() + " ports";
            nodeFigure().setNode(name, summary, name + ": " + kind + ", " + node.getPortCount() + " ports\nnode GUID " + guid);
        }
    }
}
