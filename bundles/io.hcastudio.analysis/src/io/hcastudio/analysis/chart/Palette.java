package io.hcastudio.analysis.chart;

/**
 * The colours of chart series as {@code 0xRRGGBB}, cycled per series, on screen and in pictures and reports: one
 * of a few schemes of {@link #HUE_COUNT} distinct hues, Okabe–Ito (colour-blind safe) unless the user chose another
 * (Window > Preferences > HCA Studio sets it in the application; the command line always uses the default, so its
 * reports are the same everywhere).
 */
public final class Palette {

    /** Red of a limit that must not be crossed, such as a full ring. */
    public static final int LIMIT = 0xFF0000;

    /** Grey of a fault's window on a time chart: shaded faintly behind the lines, its label in full. */
    public static final int MARK = 0x595959;

    /** How many distinct hues {@link #hue} gives before it repeats, in every scheme. */
    public static final int HUE_COUNT = 8;
    /** Colours of limit lines, the first {@link #LIMIT}: dark enough to stand apart from the data hues. */
    private static final int[] LIMITS = {LIMIT, 0x7B2D8E, 0x5A5A5A, 0x8C510A};

    /** A set of series colours the user can choose. */
    public enum Scheme {
        /** Okabe and Ito, "Color Universal Design" (2008): told apart with every common colour-vision deficiency. */
        OKABE_ITO("Okabe–Ito (colour-blind safe)", 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9,
                0x000000, 0xF0E442),
        /** Tableau 10's first eight hues, the look of many plotting tools. */
        TABLEAU("Tableau", 0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7),
        /** Dark, saturated hues that stay apart on paper and projectors. */
        HIGH_CONTRAST("High contrast (print, projector)", 0x000000, 0x0000CC, 0xCC0000, 0x007700, 0x9900CC,
                0x996600, 0x006688, 0x555555);

        private final String label;
        private final int[] hues;

        Scheme(String label, int... hues) {
            if (hues.length != HUE_COUNT) {
                throw new IllegalArgumentException(label + ": " + hues.length + " hues, not " + HUE_COUNT);
            }
            this.label = label;
            this.hues = hues;
        }

        /** What the preference page shows. */
        public String label() {
            return label;
        }

        public int hue(int index) {
            return hues[Math.floorMod(index, hues.length)];
        }
    }

    private static volatile Scheme scheme = Scheme.OKABE_ITO;

    private Palette() {
    }

    /** Makes {@code chosen} the scheme of every chart built from now on. */
    public static void use(Scheme chosen) {
        scheme = chosen == null ? Scheme.OKABE_ITO : chosen;
    }

    public static Scheme scheme() {
        return scheme;
    }

    public static int hue(int index) {
        return scheme.hue(index);
    }

    /** The colour of limit line {@code index} of a chart, so that two limits of a chart differ. */
    public static int limit(int index) {
        return LIMITS[Math.floorMod(index, LIMITS.length)];
    }
}
