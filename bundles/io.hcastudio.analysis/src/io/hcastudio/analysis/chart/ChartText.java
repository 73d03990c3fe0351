package io.hcastudio.analysis.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

    /**
     * How a logarithmic axis labels its decades, on screen and in pictures: as plain numbers ({@code 0.0001},
     * {@code 1}, {@code 1,000}) rather than as powers; ten decimals keep the small decades a zoomed-out axis reaches.
     */
    public static DecimalFormat decadeFormat() {
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /**
     * A duration in the largest of ns, µs, ms and s that keeps it at 1 or more, with at most three significant
     * digits: {@code 512 µs}, {@code 2.1 ms}, {@code 65.5 µs}, {@code 800 ns}.
     */
    public static String duration(long nanoseconds) {
        String[] units = {"ns", "µs", "ms", "s"};
        double value = nanoseconds;
        int unit = 0;
        while (unit < units.length - 1 && Math.abs(value) >= 1000) {
            value /= 1000;
            unit++;
        }
        String digits = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros()
                .toPlainString();
        return digits + " " + units[unit];
    }
}
