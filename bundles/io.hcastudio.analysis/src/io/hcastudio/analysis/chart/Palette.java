package io.hcastudio.analysis.chart;

/** Distinct, colour-blind-safe hues (Okabe–Ito) as {@code 0xRRGGBB}, cycled per series, on screen and in pictures. */
public final class Palette {

    /** Red of a limit that must not be crossed, such as a full ring. */
    public static final int LIMIT = 0xFF0000;

    /** Grey of a fault's window on a time chart: shaded faintly behind the lines, its label in full. */
    public static final int MARK = 0x595959;

    private static final int[] HUES = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000,
        0xF0E442};
    /** How many distinct hues {@link #hue} gives before it repeats. */
    public static final int HUE_COUNT = HUES.length;
    /** Colours of limit lines, the first {@link #LIMIT}: dark enough to stand apart from the data hues. */
    private static final int[] LIMITS = {LIMIT, 0x7B2D8E, 0x5A5A5A, 0x8C510A};

    private Palette() {
    }

    public static int hue(int index) {
        return HUES[Math.floorMod(index, HUES.length)];
    }

    /** The colour of limit line {@code index} of a chart, so that two limits of a chart differ. */
    public static int limit(int index) {
        return LIMITS[Math.floorMod(index, LIMITS.length)];
    }
}
