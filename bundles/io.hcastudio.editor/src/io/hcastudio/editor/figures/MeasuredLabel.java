package io.hcastudio.editor.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Insets;
import org.eclipse.swt.graphics.Font;

/**
 * A label whose text is measured once per text and font for the whole diagram. draw2d measures every label on
 * its own (and a cut title once per character it tries), which for a fabric of 10,000 boxes and 20,000 cables
 * means tens of thousands of native text measurements of a few dozen distinct strings ("4x EDR", "1", "2", ...).
 * Figures live on the UI thread only, so the shared table needs no lock.
 */
public class MeasuredLabel extends Label {

    /**
     * Below this zoom the diagram's text (a 9-point font drawn under 4 pixels high) cannot be read, and drawing it
     * for every box and cable of a large fabric is what makes zooming out slow: labels then draw their background
     * only.
     */
    public static final double READABLE_SCALE = 0.4;

    private static final String ELLIPSIS = "...";

    /** Beyond this many distinct texts the table starts afresh (names are unique; labels repeat). */
    private static final int CAPACITY = 50_000;

    private static final Map<Font, Map<String, Dimension>> EXTENTS = new HashMap<>();
    private static int size;

    public MeasuredLabel() {
    }

    public MeasuredLabel(String text) {
        super(text);
    }

    /** The extent of {@code text} drawn in {@code font}, as {@link FigureUtilities#getTextExtents} gives it. */
    public static Dimension extentOf(String text, Font font) {
        Map<String, Dimension> byText = EXTENTS.get(font);
        if (byText == null) {
            byText = new HashMap<>();
            EXTENTS.put(font, byText);
        }
        Dimension extent = byText.get(text);
        if (extent == null) {
            if (size >= CAPACITY) {
                EXTENTS.clear();
                size = 0;
                byText = new HashMap<>();
                EXTENTS.put(font, byText);
            }
            extent = FigureUtilities.getTextExtents(text, font);
            byText.put(text, extent);
            size++;
        }
        return extent.getCopy();
    }

    /** Whether text drawn through {@code graphics} is large enough to be read. */
    public static boolean isReadable(Graphics graphics) {
        return graphics.getAbsoluteScale() >= READABLE_SCALE;
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        if (isReadable(graphics)) {
            super.paintFigure(graphics);
        } else if (isOpaque()) {
            graphics.fillRectangle(getBounds());
        }
    }

    @Override
    protected Dimension calculateTextSize() {
        return extentOf(getText(), getFont());
    }

    /** As {@link Label#getMinimumSize}, with both texts measured through the shared table. */
    @Override
    public Dimension getMinimumSize(int wHint, int hHint) {
        if (minSize != null) {
            return minSize;
        }
        minSize = new Dimension();
        if (getLayoutManager() != null) {
            minSize.setSize(getLayoutManager().getMinimumSize(this, wHint, hHint));
        }
        Dimension labelSize = calculateLabelSize(extentOf(ELLIPSIS, getFont()).intersect(extentOf(getText(), getFont())));
        Insets insets = getInsets();
        labelSize.expand(insets.getWidth(), insets.getHeight());
        minSize.union(labelSize);
        return minSize;
    }

    @Override
    protected Dimension calculateSubStringTextSize() {
        return extentOf(getSubStringText(), getFont());
    }
}
