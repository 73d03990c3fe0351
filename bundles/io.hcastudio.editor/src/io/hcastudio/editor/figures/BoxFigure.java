package io.hcastudio.editor.figures;

import org.eclipse.draw2d.AbstractLayout;
import org.eclipse.draw2d.BorderLayout;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import io.hcastudio.model.layout.DiagramMetrics;

/**
 * A box of the topology diagram: a filled rounded rectangle with a header of text lines and, for containers, a
 * content pane whose children are placed by coordinates. A container's header is exactly
 * {@link DiagramMetrics#contentTop} high (text that does not fit is cut, never pushed into the content), so the
 * content pane starts where the layout, the size rules and the headless picture expect it. Validation problems
 * show as a coloured corner badge; the tooltip describes the element in full (the text lines stay short) and
 * lists its problems.
 */
public class BoxFigure extends Figure {

    private static final int ARC = 8;
    private static final int BADGE = 12;
    /** Below this height on screen a box is drawn without its contents (see {@link #paintChildren}). */
    private static final int MIN_DETAIL_PIXELS = 6;

    private final Figure header = new Figure();
    private final Label title = new MeasuredLabel();
    private final IFigure contentPane;
    private Color fill;
    private Color line;
    private int lineStyle = SWT.LINE_SOLID;
    private int lineWidth = 1;
    private int problemSeverity = Diagnostic.OK;
    private String problemMessages;
    private String description;
    /** The tooltip made from the description and the problems; null until asked for, or when they change. */
    private Label toolTip;

    /** A box that holds no other boxes. */
    public BoxFigure(Color fill, Color line) {
        this(-1, fill, line);
    }

    /**
     * @param headerHeight for a container, the height of its header ({@link DiagramMetrics#contentTop}), where its
     *                     content pane starts; negative for a box that holds no other boxes
     */
    public BoxFigure(int headerHeight, Color fill, Color line) {
        boolean container = headerHeight >= 0;
        this.fill = fill;
        this.line = line;
        setLayoutManager(container ? new FixedHeaderLayout(headerHeight) : new BorderLayout());
        ToolbarLayout headerLayout = new ToolbarLayout(false);
        headerLayout.setSpacing(1);
        headerLayout.setStretchMinorAxis(true);
        header.setLayoutManager(headerLayout);
        header.setBorder(new MarginBorder(DiagramMetrics.HEADER_INSET_TOP, DiagramMetrics.HEADER_INSET_LEFT, 2, DiagramMetrics.HEADER_INSET_LEFT));
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setForegroundColor(DiagramColors.TEXT);
        title.setLabelAlignment(PositionConstants.LEFT);
        header.add(title);
        if (container) {
            add(header);
            contentPane = new Figure();
            contentPane.setLayoutManager(new XYLayout());
            add(contentPane);
        } else {
            add(header, BorderLayout.TOP);
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
        Label label = new MeasuredLabel();
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

    /** Shows the worst validation severity ({@link Diagnostic#OK}, WARNING or ERROR) with its messages in the tooltip. */
    public void setProblem(int severity, String messages) {
        problemSeverity = severity;
        problemMessages = severity == Diagnostic.OK ? null : messages;
        toolTip = null;
        repaint();
    }

    /** The full description shown on hover (names, GUIDs, settings the text lines leave out); null for none. */
    public void setDescription(String text) {
        description = text == null || text.isBlank() ? null : text;
        toolTip = null;
    }

    /** The text the tooltip shows: the description, then the problems; null when there is neither. */
    public String getToolTipText() {
        if (description == null) {
            return problemMessages;
        }
        return problemMessages == null ? description : description + "\n\n" + problemMessages;
    }

    /**
     * The tooltip figure, made when first asked for (by the pointer resting on the box): a fabric of 10,000 boxes
     * then does not build 20,000 labels on opening that are rarely shown.
     */
    @Override
    public IFigure getToolTip() {
        if (toolTip == null) {
            String text = getToolTipText();
            toolTip = text == null ? null : new Label(text);
        }
        return toolTip;
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

    /**
     * A box drawn under {@value #MIN_DETAIL_PIXELS} pixels high leaves out what it holds (title, ports, inner boxes):
     * a few pixels or less each, they cannot be told apart. The Outline's picture of a 10,000-node fabric draws its
     * hosts 1-2 pixels high; their 50,000 inner figures made most of its cost.
     */
    @Override
    protected void paintChildren(Graphics graphics) {
        if (getBounds().height * graphics.getAbsoluteScale() >= MIN_DETAIL_PIXELS) {
            super.paintChildren(graphics);
        }
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

    /** The header across the top, exactly {@code headerHeight} high; the content pane fills the rest. */
    private final class FixedHeaderLayout extends AbstractLayout {

        private final int headerHeight;

        FixedHeaderLayout(int headerHeight) {
            this.headerHeight = headerHeight;
        }

        @Override
        public void layout(IFigure container) {
            Rectangle area = container.getClientArea();
            header.setBounds(new Rectangle(area.x, area.y, area.width, Math.min(headerHeight, area.height)));
            contentPane.setBounds(new Rectangle(area.x, area.y + headerHeight, area.width, Math.max(0, area.height - headerHeight)));
        }

        @Override
        protected Dimension calculatePreferredSize(IFigure container, int wHint, int hHint) {
            Dimension content = contentPane.getPreferredSize();
            return new Dimension(content.width, headerHeight + content.height);
        }
    }
}
