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

    /** A VM's name without its host's name in front ("vm1" for "nodeA-vm1" on nodeA): the box is small. */
    private static String shortName(io.hcastudio.model.VirtualMachine machine) {
        String name = machine.getName() == null ? "" : machine.getName();
        if (machine.eContainer() instanceof io.hcastudio.model.Host host && host.getName() != null && name.length() > host.getName().length() + 1
                && name.startsWith(host.getName()) && "-_.".indexOf(name.charAt(host.getName().length())) >= 0) {
            return name.substring(host.getName().length() + 1);
        }
        return name;
    }

    @Override
    protected void refreshVisuals() {
        super.refreshVisuals();
        PciFunction function = getFunction();
        boolean toMachine = function.getVirtualMachine() != null;
        String owner = toMachine ? function.getVirtualMachine().getName()
                : function.getOwner() == FunctionOwner.BARE_METAL ? "bare metal" : null;
        ((FunctionFigure) getFigure()).setFunction(ElementNames.nameOf(function), function.isPhysicalFunction(), function.getSlaveNumber(),
                owner, toMachine ? shortName(function.getVirtualMachine()) : owner, toMachine);
    }
}
