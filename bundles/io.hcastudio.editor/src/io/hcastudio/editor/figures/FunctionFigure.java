package io.hcastudio.editor.figures;

import org.eclipse.draw2d.Label;

/**
 * A PCI function of an HCA: the PF darker, VFs light. The box is small, so its second line says what matters
 * most, where the function goes ("\u2192 vm3", "bare metal"), or its slave number when it goes nowhere; the
 * tooltip says all of it.
 */
public class FunctionFigure extends BoxFigure {

    private final Label details = addTextLine();

    public FunctionFigure() {
        super(DiagramColors.FUNCTION_VF_FILL, DiagramColors.FUNCTION_LINE);
    }

    /**
     * @param owner      the virtual machine's name, "bare metal", or null when the function is not assigned
     * @param ownerLabel the owner as the box's second line names it (a VM without its host's name in front)
     */
    public void setFunction(String name, boolean physical, int slaveNumber, String owner, String ownerLabel, boolean toMachine) {
        getTitle().setText(name);
        details.setText(owner == null ? "slave " + slaveNumber : toMachine ? "\u2192 " + ownerLabel : ownerLabel);
        setDescription(name + (physical ? " (physical function)" : " (virtual function)") + ", slave " + slaveNumber
                + (owner == null ? ", not assigned" : toMachine ? ", passed through to " + owner : ", " + owner));
        setColors(physical ? DiagramColors.FUNCTION_PF_FILL : DiagramColors.FUNCTION_VF_FILL, DiagramColors.FUNCTION_LINE);
    }
}
