package io.hcastudio.benchmarks;

/** The hold model on one simulator: populated with its pending events, then run window by window. */
interface HoldModel {

    /** The wall clock is read only every this many events, to keep its cost out of the figures. */
    long CLOCK_CHECK_MASK = 4095;

    /** Schedules the pending events; returns false if that took longer than {@code maxNanos}. */
    boolean populate(int pending, long maxNanos);

    /** Runs until {@code events} more events have fired or {@code maxNanos} of wall time have passed. */
    long runFor(long events, long maxNanos);

    /** Current simulated time in ns. */
    long nowNs();
}
