package io.hcastudio.analysis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting shared by every report format: Locale.ROOT, so a report reads the same on every machine. */
final class Figures {

    private static final long MICROSECOND_NS = 1_000L;
    private static final long MILLISECOND_NS = 1_000_000L;
    private static final long SECOND_NS = 1_000_000_000L;

    private Figures() {
    }

    /** {@code 14400} → {@code 14,400}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A duration with a unit fitting its size, in ASCII ({@code us}, not the micro sign) for mail clients. */
    static String duration(long nanoseconds) {
        if (nanoseconds < MICROSECOND_NS) {
            return nanoseconds + " ns";
        }
        if (nanoseconds < MILLISECOND_NS) {
            return String.format(Locale.ROOT, "%.1f us", nanoseconds / (double) MICROSECOND_NS);
        }
        if (nanoseconds < SECOND_NS) {
            return String.format(Locale.ROOT, "%.1f ms", nanoseconds / (double) MILLISECOND_NS);
        }
        return String.format(Locale.ROOT, "%.2f s", nanoseconds / (double) SECOND_NS);
    }

    /** {@code 1, "connection"} → {@code 1 connection}; {@code 2, "connection"} → {@code 2 connections}. */
    static String countOf(long value, String singular) {
        return countOf(value, singular, singular + "s");
    }

    /** {@link #countOf(long, String)} for nouns with an irregular plural. */
    static String countOf(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }

    /** A probability as a percentage with up to two decimals: {@code 0.05} → {@code 5 %}, {@code 0.125} →
     * {@code 12.5 %}. */
    static String percent(double probability) {
        return new BigDecimal(probability * 100).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " %";
    }
}
