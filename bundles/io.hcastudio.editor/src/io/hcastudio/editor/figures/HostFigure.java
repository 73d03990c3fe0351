package io.hcastudio.editor.figures;

import org.eclipse.draw2d.Label;

/** A server: a container for its HCAs and VMs; the subnet manager's host carries an "SM" mark. */
public class HostFigure extends BoxFigure {

    private final Label details = addTextLine();

    public HostFigure() {
        super(true, DiagramColors.HOST_FILL, DiagramColors.HOST_LINE);
    }

    public void setHost(String name, String description, boolean runsSubnetManager) {
        getTitle().setText(runsSubnetManager ? name + "   [SM]" : name);
        getTitle().setForegroundColor(runsSubnetManager ? DiagramColors.SM_BADGE : DiagramColors.TEXT);
        details.setText(description == null ? "" : description);
        details.setVisible(description != null && !description.isBlank());
        setBorderStyle(org.eclipse.swt.SWT.LINE_SOLID, runsSubnetManager ? 3 : 1);
        setColors(DiagramColors.HOST_FILL, runsSubnetManager ? DiagramColors.SM_BADGE : DiagramColors.HOST_LINE);
    }
}
