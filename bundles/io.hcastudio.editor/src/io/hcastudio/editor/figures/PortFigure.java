package io.hcastudio.editor.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;

import io.hcastudio.model.layout.DiagramMetrics;

/** A port: a small numbered box on its node's port strip; links attach to it. */
public class PortFigure extends MeasuredLabel {

    private boolean ethernet;
    private boolean cabled;
    private int problemSeverity = Diagnostic.OK;

    public PortFigure() {
        setForegroundColor(ColorConstants.white);
        setOpaque(false);
    }

    public void setPort(int number, boolean ethernet, boolean cabled) {
        setText(Integer.toString(number));
        this.ethernet = ethernet;
        this.cabled = cabled;
        setForegroundColor(cabled ? ColorConstants.white : portColor());
        repaint();
    }

    public void setProblem(int severity, String messages) {
        problemSeverity = severity;
        setToolTip(severity == Diagnostic.OK || messages == null ? null : new Label(messages));
        repaint();
    }

    private org.eclipse.swt.graphics.Color portColor() {
        return ethernet ? DiagramColors.PORT_ETHERNET : DiagramColors.PORT_IB;
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        return new Dimension(DiagramMetrics.PORT.width(), DiagramMetrics.PORT.height());
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle box = getBounds().getCopy().resize(-1, -1);
        // An open port is drawn hollow, so free ports are easy to spot when cabling.
        graphics.setBackgroundColor(cabled ? portColor() : ColorConstants.white);
        graphics.fillRectangle(box);
        graphics.setForegroundColor(problemSeverity >= Diagnostic.ERROR ? DiagramColors.ERROR
                : problemSeverity >= Diagnostic.WARNING ? DiagramColors.WARNING : portColor());
        graphics.setLineWidth(problemSeverity >= Diagnostic.WARNING ? 2 : 1);
        graphics.drawRectangle(box);
        graphics.setLineWidth(1);
        graphics.setForegroundColor(getForegroundColor());
        super.paintFigure(graphics);
    }
}
