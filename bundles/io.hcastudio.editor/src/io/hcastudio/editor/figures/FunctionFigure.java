package io.hcastudio.editor.figures;

import org.eclipse.draw2d.Label;

/** A PCI function of an HCA: the PF darker, VFs light, with slave number and owner. */
public class FunctionFigure extends BoxFigure {

    private final Label details = addTextLine();

    public FunctionFigure() {
        super(false, DiagramColors.FUNCTION_VF_FILL, DiagramColors.FUNCTION_LINE);
    }

    public void setFunction(String name, boolean physical, int slaveNumber, String owner) {
        getTitle().setText(name);
        details.setText("slave " + slaveNumber + (owner == null ? "" : " \u2192 " + owner));
        setColors(physical ? DiagramColors.FUNCTION_PF_FILL : DiagramColors.FUNCTION_VF_FILL, DiagramColors.FUNCTION_LINE);
    }
}
