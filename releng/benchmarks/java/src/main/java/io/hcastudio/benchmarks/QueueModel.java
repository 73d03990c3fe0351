package io.hcastudio.benchmarks;

/** The burst queue model on one simulator, built with the producers' first packets scheduled. */
interface QueueModel {

    /** Runs until every packet has been served or dropped. */
    void run();

    /** Current simulated time in ns. */
    long nowNs();

    /** The state shared with the other Java binding: counters and the identical-results outcome. */
    BurstQueue queue();
}
