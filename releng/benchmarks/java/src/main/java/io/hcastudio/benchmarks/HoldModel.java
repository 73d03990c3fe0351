package io.hcastudio.benchmarks;

/** The hold model on one simulator: built with its pending events in place, then run window by window. */
interface HoldModel {

    /** Runs until {@code events} more events have fired or {@code maxNanos} of wall time have passed. */
    long runFor(long events, long maxNanos);

    /** Current simulated time in ns. */
    long nowNs();
}
