package io.hcastudio.analysis.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Consumer;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Draws with Java2D into an SVG element that is the same for the same drawing on any run: ids come from the
 * given name instead of the clock, coordinates are rounded to two decimals, and text uses a logical font that SVG
 * maps to {@code sans-serif}.
 */
public final class SvgCanvas {

    /** Font of every label in charts and diagrams. */
    public static final String FONT_FAMILY = Font.SANS_SERIF;

    private static final int COORDINATE_DECIMALS = 2;

    private SvgCanvas() {
    }

    /** The {@code <svg>} element with id {@code id} that {@code drawing} paints on a width × height canvas. */
    public static String draw(String id, int width, int height, Consumer<Graphics2D> drawing) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(id + "-");
        graphics.setGeomDoubleConverter(SVGUtils.createDoubleConverter(COORDINATE_DECIMALS));
        graphics.setTransformDoubleConverter(SVGUtils.createDoubleConverter(COORDINATE_DECIMALS));
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setFont(new Font(FONT_FAMILY, Font.PLAIN, 12));
        drawing.accept(graphics);
        graphics.dispose();
        return graphics.getSVGElement(id);
    }
}
