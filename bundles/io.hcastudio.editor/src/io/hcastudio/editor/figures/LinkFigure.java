package io.hcastudio.editor.figures;

import org.eclipse.draw2d.ConnectionLocator;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.swt.SWT;

/**
 * A cable between two ports, labelled with its width and speed; Ethernet (RoCE) links are dashed. The label sits
 * at a fraction of the way along the cable: half way for a single cable, spread out for parallel cables between
 * the same two boxes so that their labels do not cover each other.
 */
public class LinkFigure extends PolylineConnection {

    private final Label label = new MeasuredLabel();
    private double labelFraction = 0.5;

    public LinkFigure() {
        setForegroundColor(DiagramColors.LINK);
        setLineWidth(2);
        label.setOpaque(true);
        label.setBackgroundColor(DiagramColors.LABEL_BACKGROUND);
        label.setForegroundColor(DiagramColors.TEXT);
        label.setBorder(new LineBorder(DiagramColors.LINK, 1));
        add(label, new ConnectionLocator(this, ConnectionLocator.MIDDLE) {
            @Override
            protected Point getLocation(PointList points) {
                return pointAlong(points, labelFraction);
            }
        });
    }

    /** Places the label {@code fraction} (0 to 1) of the way from the cable's source to its target. */
    public void setLabelFraction(double fraction) {
        if (fraction != labelFraction) {
            labelFraction = fraction;
            revalidate();
        }
    }

    public double getLabelFraction() {
        return labelFraction;
    }

    private static Point pointAlong(PointList points, double fraction) {
        double total = 0;
        for (int index = 1; index < points.size(); index++) {
            total += points.getPoint(index - 1).getDistance(points.getPoint(index));
        }
        double remaining = total * fraction;
        for (int index = 1; index < points.size(); index++) {
            Point from = points.getPoint(index - 1);
            Point to = points.getPoint(index);
            double length = from.getDistance(to);
            if (remaining <= length && length > 0) {
                double share = remaining / length;
                return new Point((int) Math.round(from.x + (to.x - from.x) * share), (int) Math.round(from.y + (to.y - from.y) * share));
            }
            remaining -= length;
        }
        return points.size() == 0 ? new Point() : points.getLastPoint();
    }

    /** On a {@link CableLayer} the line is stroked by the layer, with all others in one pass. */
    @Override
    protected void outlineShape(Graphics graphics) {
        if (!(getParent() instanceof CableLayer layer && layer.strokesCables())) {
            super.outlineShape(graphics);
        }
    }

    /** Below a readable zoom the label (its box and text) is left out: thousands of them hide the cables. */
    @Override
    protected void paintChildren(Graphics graphics) {
        if (MeasuredLabel.isReadable(graphics)) {
            super.paintChildren(graphics);
        }
    }

    public Label getLabel() {
        return label;
    }

    public void setLink(String text, boolean ethernet) {
        label.setText(" " + text + " ");
        setLineStyle(ethernet ? SWT.LINE_DASH : SWT.LINE_SOLID);
    }
}
