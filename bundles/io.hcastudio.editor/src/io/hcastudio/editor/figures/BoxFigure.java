package io.hcastudio.editor.figures;

import org.eclipse.draw2d.BorderLayout;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import io.hcastudio.model.layout.DiagramMetrics;

/**
 * A box of the topology diagram: a filled rounded rectangle with a header of text lines and, for containers, a
 * content pane whose children are placed by coordinates. Validation problems show as a coloured corner badge
 * and a tooltip.
 */
public class BoxFigure extends Figure {

    private static final int ARC = 8;
    private static final int BADGE = 12;

    private final Figure header = new Figure();
    private final Label title = new Label();
    private final IFigure contentPane;
    private Color fill;
    private Color line;
    private int lineStyle = SWT.LINE_SOLID;
    private int lineWidth = 1;
    private int problemSeverity = Diagnostic.OK;

    public BoxFigure(boolean container, Color fill, Color line) {
        this.fill = fill;
        this.line = line;
        setLayoutManager(new BorderLayout());
        ToolbarLayout headerLayout = new ToolbarLayout(false);
        headerLayout.setSpacing(1);
        headerLayout.setStretchMinorAxis(true);
        header.setLayoutManager(headerLayout);
        header.setBorder(new MarginBorder(DiagramMetrics.HEADER_INSET_TOP, DiagramMetrics.HEADER_INSET_LEFT, 2, DiagramMetrics.HEADER_INSET_LEFT));
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setForegroundColor(DiagramColors.TEXT);
        title.setLabelAlignment(PositionConstants.LEFT);
        header.add(title);
        add(header, BorderLayout.TOP);
        if (container) {
            contentPane = new Figure();
            contentPane.setLayoutManager(new XYLayout());
            add(contentPane, BorderLayout.CENTER);
        } else {
            contentPane = this;
        }
    }

    public IFigure getHeader() {
        return header;
    }

    /** The figure holding child boxes; the box itself for boxes that hold none. */
    public IFigure getContentPane() {
        return contentPane;
    }

    public Label getTitle() {
        return title;
    }

    /** A further line of smaller text under the title. */
    protected Label addTextLine() {
        Label label = new Label();
        label.setForegroundColor(DiagramColors.SECONDARY_TEXT);
        label.setLabelAlignment(PositionConstants.LEFT);
        header.add(label);
        return label;
    }

    public void setColors(Color fill, Color line) {
        this.fill = fill;
        this.line = line;
        repaint();
    }

    public void setBorderStyle(int style, int width) {
        lineStyle = style;
        lineWidth = width;
        repaint();
    }

    /** Shows the worst validation severity ({@link Diagnostic#OK}, WARNING or ERROR) with its messages as tooltip. */
    public void setProblem(int severity, String messages) {
        problemSeverity = severity;
        setToolTip(severity == Diagnostic.OK || messages == null ? null : new Label(messages));
        repaint();
    }

    public Color getFillColor() {
        return fill;
    }

    public Color getLineColor() {
        return line;
    }

    public boolean isDashed() {
        return lineStyle != SWT.LINE_SOLID;
    }

    public int getLineWidth() {
        return lineWidth;
    }

    public int getProblemSeverity() {
        return problemSeverity;
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle box = getBounds().getCopy().resize(-1, -1);
        graphics.setBackgroundColor(fill);
        graphics.fillRoundRectangle(box, ARC, ARC);
        graphics.setForegroundColor(line);
        graphics.setLineStyle(lineStyle);
        graphics.setLineWidth(lineWidth);
        Rectangle outline = box.getCopy().shrink(lineWidth / 2, lineWidth / 2);
        graphics.drawRoundRectangle(outline, ARC, ARC);
        graphics.setLineStyle(SWT.LINE_SOLID);
        graphics.setLineWidth(1);
    }

    @Override
    public void paint(Graphics graphics) {
        super.paint(graphics);
        if (problemSeverity >= Diagnostic.WARNING) {
            Rectangle badge = new Rectangle(getBounds().right() - BADGE - 3, getBounds().y + 3, BADGE, BADGE);
            graphics.setBackgroundColor(problemSeverity >= Diagnostic.ERROR ? DiagramColors.ERROR : DiagramColors.WARNING);
            graphics.fillOval(badge);
            graphics.setForegroundColor(DiagramColors.LABEL_BACKGROUND);
            graphics.setLineWidth(2);
            int middle = badge.x + badge.width / 2;
            graphics.drawLine(middle, badge.y + 3, middle, badge.y + 7);
            graphics.drawPoint(middle, badge.y + 9);
            graphics.setLineWidth(1);
        }
    }
}
