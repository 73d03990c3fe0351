package io.hcastudio.editor.figures;

import org.eclipse.draw2d.ConnectionLocator;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.swt.SWT;

/** A cable between two ports, labelled with its width and speed; Ethernet (RoCE) links are dashed. */
public class LinkFigure extends PolylineConnection {

    private final Label label = new Label();

    public LinkFigure() {
        setForegroundColor(DiagramColors.LINK);
        setLineWidth(2);
        label.setOpaque(true);
        label.setBackgroundColor(DiagramColors.LABEL_BACKGROUND);
        label.setForegroundColor(DiagramColors.TEXT);
        label.setBorder(new LineBorder(DiagramColors.LINK, 1));
        add(label, new ConnectionLocator(this, ConnectionLocator.MIDDLE));
    }

    public Label getLabel() {
        return label;
    }

    public void setLink(String text, boolean ethernet) {
        label.setText(" " + text + " ");
        setLineStyle(ethernet ? SWT.LINE_DASH : SWT.LINE_SOLID);
    }
}
