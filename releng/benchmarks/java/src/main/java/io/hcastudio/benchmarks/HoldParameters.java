package io.hcastudio.benchmarks;

/**
 * Parameters of the hold model benchmark.
 *
 * @param pending       events kept pending throughout the run
 * @param meanNs        mean of the exponential time increment
 * @param seed          seed of the increment stream
 * @param setupSeconds  wall-time bound of scheduling the pending events
 * @param warmupEvents  events run before the measured window
 * @param windowEvents  events in the measured window
 * @param windowSeconds wall-time bound of the warm-up and of the window, whichever of events or time comes first
 * @param repetitions   measured repetitions, each on a fresh simulator
 */
record HoldParameters(int pending, double meanNs, long seed, double setupSeconds, long warmupEvents, long windowEvents,
        double windowSeconds, int repetitions) {

    static HoldParameters from(Arguments arguments) {
        return new HoldParameters(arguments.smallInteger("pending"), arguments.real("mean-ns"),
                arguments.integer("seed"), arguments.real("setup-seconds"), arguments.integer("warmup-events"), arguments.integer("window-events"),
                arguments.real("window-seconds"), arguments.smallInteger("repetitions"));
    }

    long setupNanos() {
        return (long) (setupSeconds * 1e9);
    }

    long windowNanos() {
        return (long) (windowSeconds * 1e9);
    }
}
