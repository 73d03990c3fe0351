package io.hcastudio.editor.parts;

import java.util.List;

import org.eclipse.draw2d.IFigure;

import io.hcastudio.editor.figures.HostFigure;
import io.hcastudio.model.Host;

/** A host holding HCAs and VMs. */
public class HostEditPart extends NodeEditPart {

    public Host getHost() {
        return (Host) getModel();
    }

    @Override
    protected boolean isContainer() {
        return true;
    }

    @Override
    protected IFigure createFigure() {
        return new HostFigure();
    }

    @Override
    protected List<Object> getModelChildren() {
        return children(getHost().getHcas(), getHost().getVirtualMachines());
    }

    @Override
    protected void refreshVisuals() {
        super.refreshVisuals();
        ((HostFigure) getFigure()).setHost(getHost().getName(), getHost().getDescription(), diagram().runsSubnetManager(getHost()));
    }
}
