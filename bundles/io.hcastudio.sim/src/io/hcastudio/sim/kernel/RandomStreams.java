package io.hcastudio.sim.kernel;

import java.util.SplittableRandom;

/**
 * The independent random streams of one run. Every model component draws from its own numbered stream of the run's
 * seed, so adding a random draw in one component never shifts the numbers another component sees. The seeds of the
 * runs themselves come from the experiment (analysis' {@code SeedDerivation}), not from here.
 * <p>
 * Stream {@code id} is a {@link SplittableRandom} seeded with
 * {@code mix64((seed ^ 0x5DEECE66D) + (id + 1) * 0x9E3779B97F4A7C15)}, where {@code mix64} is the SplitMix64
 * finaliser (Steele, Lea, Flood 2014).
 */
public final class RandomStreams {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** A fresh random generator for stream {@code streamId} of this seed; same id, same sequence. */
    public SplittableRandom stream(int streamId) {
        return new SplittableRandom(derive(seed ^ 0x5DEECE66DL, streamId));
    }

    public long seed() {
        return seed;
    }

    private static long derive(long base, long index) {
        long z = base + (index + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
