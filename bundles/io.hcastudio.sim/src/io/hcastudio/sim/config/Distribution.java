package io.hcastudio.sim.config;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The law one timing parameter follows: each occurrence (one wake-up, one mux step, ...) draws a fresh value in
 * nanoseconds from the run's stream of that parameter. Immutable; {@link #draw} is allocation-free.
 * <p>
 * Text form (parsed and printed by {@link DistributionSyntax}):
 * <ul>
 * <li>{@code 20us} — {@link Constant}; draws nothing from the stream, so an all-constant run is the run of a plain
 * number;</li>
 * <li>{@code uniform(5us,15us)} — {@link Uniform}: every whole nanosecond from low to high, both included;</li>
 * <li>{@code exp(20us)} — {@link Exponential} with that mean;</li>
 * <li>{@code lognormal(20us,2)} — {@link LogNormal} with median 20 µs and geometric standard deviation 2 (the
 * logarithm of a draw is normal with mean ln 20 µs and standard deviation ln 2: 68 % of the draws lie within
 * 10–40 µs);</li>
 * <li>{@code empirical(12us,15us,40us)} — {@link Empirical}: one of the samples, each equally likely;</li>
 * <li>{@code histogram(0us:10us=5,10us:20us=3)} — {@link Empirical}: a bucket chosen with probability proportional
 * to its count, then a whole nanosecond uniformly in [low, high).</li>
 * </ul>
 * Unbounded laws are cut at {@link #MAX_DRAW_NS} so that no draw overflows the event clock.
 */
public sealed interface Distribution
        permits Distribution.Constant, Distribution.Uniform, Distribution.Exponential, Distribution.LogNormal,
        Distribution.Empirical {

    /** Upper bound of any draw of an unbounded law: one hour, far beyond every modelled timeout. */
    long MAX_DRAW_NS = 3_600_000_000_000L;

    /** One value in ns, {@code 0 <= value}; constants do not touch {@code random}. */
    long draw(SplittableRandom random);

    /** The median of the law (for {@link Empirical} the lower median of its weighted values). */
    double median();

    /** The mean of the law (before the cut at {@link #MAX_DRAW_NS}). */
    double mean();

    /** The same shape with every duration multiplied by {@code factor} ({@code >= 0}), rounded to whole ns. */
    Distribution scaled(double factor);

    /** Whether every draw gives the same value. */
    default boolean isConstant() {
        return this instanceof Constant;
    }

    /** The text form, e.g. {@code lognormal(20us,2)}. */
    default String text() {
        return DistributionSyntax.print(this);
    }

    static Constant constant(long valueNs) {
        return new Constant(valueNs);
    }

    private static long scale(long ns, double factor) {
        if (factor < 0 || Double.isNaN(factor)) {
            throw new IllegalArgumentException("scale factor must not be negative, was " + factor);
        }
        return Math.round(Math.min(ns * factor, (double) Long.MAX_VALUE));
    }

    private static void requireNonNegative(String what, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
    }

    /** Always {@code valueNs}. */
    record Constant(long valueNs) implements Distribution {

        public Constant {
            requireNonNegative("a constant", valueNs);
        }

        @Override
        public long draw(SplittableRandom random) {
            return valueNs;
        }

        @Override
        public double median() {
            return valueNs;
        }

        @Override
        public double mean() {
            return valueNs;
        }

        @Override
        public Distribution scaled(double factor) {
            return new Constant(scale(valueNs, factor));
        }
    }

    /** Every whole nanosecond in [lowNs, highNs] equally likely. */
    record Uniform(long lowNs, long highNs) implements Distribution {

        public Uniform {
            requireNonNegative("the low end of uniform", lowNs);
            if (highNs < lowNs) {
                throw new IllegalArgumentException("uniform needs low <= high, was " + lowNs + " > " + highNs);
            }
        }

        @Override
        public long draw(SplittableRandom random) {
            return lowNs + random.nextLong(highNs - lowNs + 1);
        }

        @Override
        public double median() {
            return (lowNs + (double) highNs) / 2;
        }

        @Override
        public double mean() {
            return median();
        }

        @Override
        public Distribution scaled(double factor) {
            return new Uniform(scale(lowNs, factor), scale(highNs, factor));
        }
    }

    /** Exponential with mean {@code meanNs} (memoryless: arrivals of a Poisson process), rounded to whole ns. */
    record Exponential(long meanNs) implements Distribution {

        public Exponential {
            requireNonNegative("the mean of exp", meanNs);
        }

        @Override
        public long draw(SplittableRandom random) {
            // 1 - u lies in (0, 1], so the logarithm is finite.
            double value = -meanNs * Math.log(1.0 - random.nextDouble());
            return Math.min(Math.round(value), MAX_DRAW_NS);
        }

        @Override
        public double median() {
            return meanNs * Math.log(2);
        }

        @Override
        public double mean() {
            return meanNs;
        }

        @Override
        public Distribution scaled(double factor) {
            return new Exponential(scale(meanNs, factor));
        }
    }

    /**
     * Log-normal with median {@code medianNs} and geometric standard deviation {@code geometricSigma} (>= 1): a draw
     * is {@code medianNs * geometricSigma^Z} for a standard normal Z, rounded to whole ns.
     */
    record LogNormal(long medianNs, double geometricSigma) implements Distribution {

        public LogNormal {
            requireNonNegative("the median of lognormal", medianNs);
            if (!(geometricSigma >= 1) || Double.isInfinite(geometricSigma)) {
                throw new IllegalArgumentException(
                        "the geometric sigma of lognormal must be a finite number >= 1, was " + geometricSigma);
            }
        }

        @Override
        public long draw(SplittableRandom random) {
            double value = medianNs * Math.exp(Math.log(geometricSigma) * gaussian(random));
            return value >= MAX_DRAW_NS ? MAX_DRAW_NS : Math.round(value);
        }

        @Override
        public double median() {
            return medianNs;
        }

        @Override
        public double mean() {
            double s = Math.log(geometricSigma);
            return medianNs * Math.exp(s * s / 2);
        }

        @Override
        public Distribution scaled(double factor) {
            return new LogNormal(scale(medianNs, factor), geometricSigma);
        }

        /** A standard normal draw (Marsaglia's polar method; two uniforms per try, 79 % of tries succeed). */
        private static double gaussian(SplittableRandom random) {
            while (true) {
                double u = 2 * random.nextDouble() - 1;
                double v = 2 * random.nextDouble() - 1;
                double s = u * u + v * v;
                if (s > 0 && s < 1) {
                    return u * Math.sqrt(-2 * Math.log(s) / s);
                }
            }
        }
    }

    /**
     * Measured values: buckets {@code [lowNs[i], highNs[i])} with weights {@code counts[i]}; a bucket with low ==
     * high is one sample value. {@link #samples} gives an {@code empirical(...)} list, {@link #histogram} a
     * {@code histogram(...)}. A final class, not a record, because it keeps its cumulative weights for draws in
     * O(log n).
     */
    final class Empirical implements Distribution {

        private final long[] lowNs;
        private final long[] highNs;
        private final long[] cumulative;
        private final boolean samples;

        private Empirical(long[] lowNs, long[] highNs, long[] counts, boolean samples) {
            if (lowNs.length == 0) {
                throw new IllegalArgumentException(samples ? "empirical needs at least one sample"
                        : "histogram needs at least one bucket");
            }
            this.lowNs = lowNs.clone();
            this.highNs = highNs.clone();
            this.samples = samples;
            this.cumulative = new long[counts.length];
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                requireNonNegative("a sample or bucket bound", this.lowNs[i]);
                if (samples ? this.highNs[i] != this.lowNs[i] : this.highNs[i] <= this.lowNs[i]) {
                    throw new IllegalArgumentException("histogram bucket " + (i + 1) + " needs low < high, was "
                            + this.lowNs[i] + ":" + this.highNs[i]);
                }
                requireNonNegative("a bucket count", counts[i]);
                total = Math.addExact(total, counts[i]);
                cumulative[i] = total;
            }
            if (total == 0) {
                throw new IllegalArgumentException("histogram needs a bucket with a count above 0");
            }
        }

        /** Each of {@code samplesNs} equally likely (duplicates count twice). */
        public static Empirical samples(long... samplesNs) {
            long[] ones = new long[samplesNs.length];
            Arrays.fill(ones, 1);
            return new Empirical(samplesNs, samplesNs, ones, true);
        }

        /** Bucket i is {@code [lowNs[i], highNs[i])} with weight {@code counts[i]}. */
        public static Empirical histogram(long[] lowNs, long[] highNs, long[] counts) {
            if (lowNs.length != highNs.length || lowNs.length != counts.length) {
                throw new IllegalArgumentException("histogram bounds and counts differ in length");
            }
            return new Empirical(lowNs, highNs, counts, false);
        }

        /** Whether this is a list of samples rather than a histogram. */
        public boolean isSamples() {
            return samples;
        }

        public int size() {
            return lowNs.length;
        }

        public long lowNs(int index) {
            return lowNs[index];
        }

        public long highNs(int index) {
            return highNs[index];
        }

        public long count(int index) {
            return cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]);
        }

        @Override
        public long draw(SplittableRandom random) {
            int n = lowNs.length;
            int bucket;
            if (samples) {
                bucket = n == 1 ? 0 : random.nextInt(n);
                return lowNs[bucket];
            }
            long pick = random.nextLong(cumulative[n - 1]);
            bucket = Arrays.binarySearch(cumulative, pick + 1);
            if (bucket < 0) {
                bucket = -bucket - 1;
            }
            return lowNs[bucket] + random.nextLong(highNs[bucket] - lowNs[bucket]);
        }

        @Override
        public double median() {
            long total = cumulative[cumulative.length - 1];
            if (samples) {
                long[] sorted = lowNs.clone();
                Arrays.sort(sorted);
                return sorted[(int) ((total - 1) / 2)];
            }
            // The point where the cumulative weight reaches one half, interpolated within its bucket.
            double half = total / 2.0;
            for (int i = 0; i < cumulative.length; i++) {
                if (cumulative[i] >= half) {
                    long before = i == 0 ? 0 : cumulative[i - 1];
                    double within = (half - before) / (cumulative[i] - before);
                    return lowNs[i] + within * (highNs[i] - lowNs[i]);
                }
            }
            throw new IllegalStateException("unreachable");
        }

        @Override
        public double mean() {
            double sum = 0;
            for (int i = 0; i < lowNs.length; i++) {
                double centre = samples ? lowNs[i] : (lowNs[i] + highNs[i] - 1) / 2.0;
                sum += centre * count(i);
            }
            return sum / cumulative[cumulative.length - 1];
        }

        @Override
        public Distribution scaled(double factor) {
            long[] low = new long[lowNs.length];
            long[] high = new long[lowNs.length];
            long[] counts = new long[lowNs.length];
            for (int i = 0; i < low.length; i++) {
                low[i] = scale(lowNs[i], factor);
                high[i] = samples ? low[i] : Math.max(low[i] + 1, scale(highNs[i], factor));
                counts[i] = count(i);
            }
            return new Empirical(low, high, counts, samples);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Empirical that && samples == that.samples && Arrays.equals(lowNs, that.lowNs)
                    && Arrays.equals(highNs, that.highNs) && Arrays.equals(cumulative, that.cumulative);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(lowNs) + Arrays.hashCode(highNs)) + Arrays.hashCode(cumulative);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
