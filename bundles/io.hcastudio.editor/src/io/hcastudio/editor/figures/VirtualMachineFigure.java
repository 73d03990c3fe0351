package io.hcastudio.editor.figures;

import org.eclipse.draw2d.Label;

/** A virtual machine on a host, with its vCPUs and the functions passed through to it. */
public class VirtualMachineFigure extends BoxFigure {

    private final Label details = addTextLine();

    public VirtualMachineFigure() {
        super(DiagramColors.VM_FILL, DiagramColors.VM_LINE);
    }

    public void setMachine(String name, int vcpus, String functions) {
        getTitle().setText(name);
        details.setText(vcpus + " vCPU" + (vcpus == 1 ? "" : "s") + (functions.isEmpty() ? "" : " \u00b7 " + functions));
    }
}
