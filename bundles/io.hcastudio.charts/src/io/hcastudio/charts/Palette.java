package io.hcastudio.charts;

import org.eclipse.swt.graphics.RGB;

/** Distinct, colour-blind-safe hues (Okabe–Ito), cycled per series, shared by screen and SVG output. */
final class Palette {

    private static final RGB[] HUES = {
        new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
        new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 0, 0), new RGB(240, 228, 66)
    };

    private Palette() {
    }

    static RGB hue(int index) {
        return HUES[Math.floorMod(index, HUES.length)];
    }
}
