package io.hcastudio.analysis.chart;

/** Distinct, colour-blind-safe hues (Okabe–Ito) as {@code 0xRRGGBB}, cycled per series, on screen and in pictures. */
public final class Palette {

    /** Red of a limit that must not be crossed, such as a full ring. */
    public static final int LIMIT = 0xFF0000;

    private static final int[] HUES = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000,
        0xF0E442};

    private Palette() {
    }

    public static int hue(int index) {
        return HUES[Math.floorMod(index, HUES.length)];
    }
}
