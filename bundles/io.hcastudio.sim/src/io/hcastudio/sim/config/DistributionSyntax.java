package io.hcastudio.sim.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one text form of a {@link Distribution}, shared by the model's validation, the overlay importer, the
 * command line and the editor. Grammar (blanks allowed around every token):
 *
 * <pre>
 * distribution := duration
 *               | "uniform(" duration "," duration ")"
 *               | "exp(" duration ")"
 *               | "lognormal(" duration "," number ")"       median, geometric standard deviation &gt;= 1
 *               | "empirical(" duration ("," duration)* ")"
 *               | "histogram(" bucket ("," bucket)* ")"
 * bucket       := duration ":" duration "=" integer           [low, high) and its count
 * duration     := number unit?                                unit: ns (default), us, ms, s; whole ns only
 * </pre>
 *
 * Printing picks the largest unit that keeps at most three decimals, so {@code print(parse(t))} parses back to an
 * equal distribution.
 */
public final class DistributionSyntax {

    private static final String[] UNITS = {"s", "ms", "us", "ns"};
    private static final long[] UNIT_NS = {1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private final String text;
    private int position;

    private DistributionSyntax(String text) {
        this.text = text;
    }

    /** A text the syntax refuses; {@link #column()} is 1-based within the text. */
    public static final class SyntaxException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int column;
        private final String problem;

        SyntaxException(int column, String problem) {
            super("column " + column + ": " + problem);
            this.column = column;
            this.problem = problem;
        }

        public int column() {
            return column;
        }

        /** The message without the column. */
        public String problem() {
            return problem;
        }
    }

    /** Parses {@code text}; a refusal names the column where it went wrong. */
    public static Distribution parse(String text) {
        if (text == null) {
            throw new SyntaxException(1, "no distribution given");
        }
        return new DistributionSyntax(text).distribution();
    }

    /** The text form of {@code distribution}. */
    public static String print(Distribution distribution) {
        return switch (distribution) {
            case Distribution.Constant c -> duration(c.valueNs());
            case Distribution.Uniform u -> "uniform(" + duration(u.lowNs()) + "," + duration(u.highNs()) + ")";
            case Distribution.Exponential e -> "exp(" + duration(e.meanNs()) + ")";
            case Distribution.LogNormal l -> "lognormal(" + duration(l.medianNs()) + ","
                    + BigDecimal.valueOf(l.geometricSigma()).stripTrailingZeros().toPlainString() + ")";
            case Distribution.Empirical e -> {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < e.size(); i++) {
                    items.add(e.isSamples() ? duration(e.lowNs(i))
                            : duration(e.lowNs(i)) + ":" + duration(e.highNs(i)) + "=" + e.count(i));
                }
                yield (e.isSamples() ? "empirical(" : "histogram(") + String.join(",", items) + ")";
            }
        };
    }

    /** {@code ns} in the largest unit that needs at most three decimals, e.g. {@code 1.5us}, {@code 43ns}. */
    public static String duration(long ns) {
        for (int i = 0; i < UNITS.length - 1; i++) {
            if (ns >= UNIT_NS[i] && ns % (UNIT_NS[i] / 1000) == 0) {
                return BigDecimal.valueOf(ns).divide(BigDecimal.valueOf(UNIT_NS[i])).stripTrailingZeros()
                        .toPlainString() + UNITS[i];
            }
        }
        return ns + "ns";
    }

    private Distribution distribution() {
        skipBlanks();
        int start = position;
        String name = word();
        Distribution result = switch (name) {
            case "" -> new Distribution.Constant(duration());
            case "uniform" -> {
                open(name);
                long low = duration();
                comma();
                long high = duration();
                close();
                yield checked(start, () -> new Distribution.Uniform(low, high));
            }
            case "exp" -> {
                open(name);
                long mean = duration();
                close();
                yield new Distribution.Exponential(mean);
            }
            case "lognormal" -> {
                open(name);
                long median = duration();
                comma();
                int sigmaAt = skipBlanks();
                double sigma = number().doubleValue();
                close();
                yield checked(sigmaAt, () -> new Distribution.LogNormal(median, sigma));
            }
            case "empirical" -> {
                open(name);
                List<Long> samples = new ArrayList<>();
                samples.add(duration());
                while (peek() == ',') {
                    position++;
                    samples.add(duration());
                }
                close();
                yield Distribution.Empirical.samples(samples.stream().mapToLong(Long::longValue).toArray());
            }
            case "histogram" -> histogram(start);
            default -> throw error(start, "unknown distribution '" + name
                    + "'; use a duration such as 20us, uniform, exp, lognormal, empirical or histogram");
        };
        skipBlanks();
        if (position < text.length()) {
            throw error(position, "unexpected '" + text.substring(position) + "' after the distribution");
        }
        return result;
    }

    private Distribution histogram(int start) {
        open("histogram");
        List<long[]> buckets = new ArrayList<>();
        do {
            if (!buckets.isEmpty()) {
                position++;
            }
            int bucketAt = skipBlanks();
            long low = duration();
            expect(':', "':' between a bucket's low and high bound");
            long high = duration();
            if (high <= low) {
                throw error(bucketAt, "bucket " + (buckets.size() + 1) + " needs low < high");
            }
            expect('=', "'=' before a bucket's count");
            int countAt = skipBlanks();
            BigDecimal count = number();
            if (count.scale() > 0 && count.stripTrailingZeros().scale() > 0) {
                throw error(countAt, "a bucket count must be a whole number");
            }
            buckets.add(new long[] {low, high, count.longValueExact()});
        } while (peek() == ',');
        close();
        long[] lows = buckets.stream().mapToLong(b -> b[0]).toArray();
        long[] highs = buckets.stream().mapToLong(b -> b[1]).toArray();
        long[] counts = buckets.stream().mapToLong(b -> b[2]).toArray();
        return checked(start, () -> Distribution.Empirical.histogram(lows, highs, counts));
    }

    private Distribution checked(int at, java.util.function.Supplier<Distribution> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw error(at, e.getMessage());
        }
    }

    private long duration() {
        int start = skipBlanks();
        BigDecimal value = number();
        int unitAt = position;
        String unit = word();
        long factor = 1;
        if (!unit.isEmpty()) {
            int index = List.of(UNITS).indexOf(unit);
            if (index < 0) {
                throw error(unitAt, "unknown unit '" + unit + "'; use ns, us, ms or s");
            }
            factor = UNIT_NS[index];
        }
        BigDecimal ns = value.multiply(BigDecimal.valueOf(factor));
        if (ns.signum() < 0) {
            throw error(start, "a duration must not be negative");
        }
        try {
            return ns.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw error(start, "'" + text.substring(start, position) + "' is not a whole number of nanoseconds"
                    + " (or too large)");
        }
    }

    private BigDecimal number() {
        int start = skipBlanks();
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.'
                || (position == start && text.charAt(position) == '-'))) {
            position++;
        }
        String digits = text.substring(start, position);
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw error(start, digits.isEmpty() ? "expected a number" + found(start) : "'" + digits
                    + "' is not a number");
        }
    }

    private String word() {
        int start = position;
        while (position < text.length() && Character.isLetter(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private void open(String name) {
        expect('(', "'(' after " + name);
    }

    private void comma() {
        expect(',', "','");
    }

    private void close() {
        expect(')', "')'");
    }

    private void expect(char c, String what) {
        skipBlanks();
        if (position >= text.length() || text.charAt(position) != c) {
            throw error(position, "expected " + what + found(position));
        }
        position++;
    }

    private int peek() {
        skipBlanks();
        return position < text.length() ? text.charAt(position) : -1;
    }

    private String found(int at) {
        return at >= text.length() ? " at the end" : ", found '" + text.charAt(at) + "'";
    }

    private int skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    private SyntaxException error(int at, String problem) {
        return new SyntaxException(at + 1, problem);
    }
}
