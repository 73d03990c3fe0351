package io.hcastudio.editor.parts;

import java.util.StringJoiner;

import org.eclipse.draw2d.IFigure;

import io.hcastudio.editor.figures.VirtualMachineFigure;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.VirtualMachine;
import io.hcastudio.model.identity.ElementNames;

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
            functions.add(ElementNames.nameOf(function));
        }
        ((VirtualMachineFigure) getFigure()).setMachine(getMachine().getName(), getMachine().getVcpus(), functions.toString());
    }
}
