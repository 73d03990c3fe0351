package io.hcastudio.editor.parts;

import java.util.StringJoiner;

import org.eclipse.draw2d.IFigure;

import io.hcastudio.editor.figures.VirtualMachineFigure;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.VirtualMachine;

/** A VM on its host, naming the functions passed through to it. */
public class VirtualMachineEditPart extends NodeEditPart {

    public VirtualMachine getMachine() {
        return (VirtualMachine) getModel();
    }

    @Override
    protected boolean isContainer() {
        return false;
    }

    @Override
    protected IFigure createFigure() {
        return new VirtualMachineFigure();
    }

    @Override
    protected void refreshVisuals() {
        super.refreshVisuals();
        StringJoiner functions = new StringJoiner(", ");
        for (PciFunction function : getMachine().getFunctions()) {
            functions.add(function.getName() != null ? function.getName() : "VF" + function.getFunctionId());
        }
        ((VirtualMachineFigure) getFigure()).setMachine(getMachine().getName(), getMachine().getVcpus(), functions.toString());
    }
}
