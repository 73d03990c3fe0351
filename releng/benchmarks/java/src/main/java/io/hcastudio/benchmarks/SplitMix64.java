package io.hcastudio.benchmarks;

/**
 * SplitMix64 (Steele, Lea, Flood 2014), written out here rather than taken from the JDK so that the C++ benchmarks
 * ({@code releng/benchmarks/ns3/benchmark-support.h}) draw exactly the same numbers from the same seed.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        state = seed;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) from the top 53 bits. */
    double nextUniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Exponential increment with the given mean, truncated to whole nanoseconds. */
    long nextExponentialNs(double meanNs) {
        return (long) (-meanNs * Math.log(1.0 - nextUniform()));
    }
}
