package io.hcastudio.analysis.chart;

import java.util.Locale;

/** Numbers as charts label them, the same on every machine. */
public final class ChartText {

    private ChartText() {
    }

    /** A whole number with thousands separators, else three decimals: {@code 14,400}, {@code 0.125}. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.3f", value);
    }
}
