package io.hcastudio.editor.parts;

import org.eclipse.draw2d.IFigure;

import io.hcastudio.editor.figures.FunctionFigure;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.identity.ElementNames;

/** A PF or VF inside its HCA. */
public class FunctionEditPart extends NodeEditPart {

    public PciFunction getFunction() {
        return (PciFunction) getModel();
    }

    @Override
    protected boolean isContainer() {
        return false;
    }

    @Override
    protected IFigure createFigure() {
        return new FunctionFigure();
    }

    @Override
    protected void refreshVisuals() {
        super.refreshVisuals();
        PciFunction function = getFunction();
        boolean toMachine = function.getVirtualMachine() != null;
        String owner = toMachine ? function.getVirtualMachine().getName()
                : function.getOwner() == FunctionOwner.BARE_METAL ? "bare metal" : null;
        ((FunctionFigure) getFigure()).setFunction(ElementNames.nameOf(function), function.isPhysicalFunction(), function.getSlaveNumber(),
                owner, toMachine);
    }
}
