package io.hcastudio.editor.figures;

/** A server: a container for its HCAs and VMs; the subnet manager's host carries an "SM" mark. */
public class HostFigure extends BoxFigure {

    public HostFigure() {
        super(io.hcastudio.model.layout.DiagramMetrics.HOST_HEADER, DiagramColors.HOST_FILL, DiagramColors.HOST_LINE);
    }

    public void setHost(String name, String description, boolean runsSubnetManager) {
        getTitle().setText(runsSubnetManager ? name + "   [SM]" : name);
        getTitle().setForegroundColor(runsSubnetManager ? DiagramColors.SM_BADGE : DiagramColors.TEXT);
        // The header holds the title only; the description is shown on hover.
        setDescription(name + (runsSubnetManager ? " (runs the subnet manager)" : "")
                + (description == null || description.isBlank() ? "" : "\n" + description));
        setBorderStyle(org.eclipse.swt.SWT.LINE_SOLID, runsSubnetManager ? 3 : 1);
        setColors(DiagramColors.HOST_FILL, runsSubnetManager ? DiagramColors.SM_BADGE : DiagramColors.HOST_LINE);
    }
}
