package io.hcastudio.sim.kernel;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Future event set: orders event handles by (time, order key). The order key already encodes priority and the
 * tie-breaker (insertion sequence or, in tie-randomising mode, a seeded random number), so an implementation only
 * compares two longs.
 */
public interface EventSet {

    /** Adds an event handle with its time in ns and its secondary order key. */
    void add(int handle, long timeNs, long orderKey);

    /** Removes the earliest event and returns its handle, or -1 if the set is empty. */
    int removeFirst();

    /** Handle of the earliest event without removing it, or -1 if the set is empty. */
    int firstHandle();

    /**
     * Removes the earliest event and adds the given one, with the same result as {@link #removeFirst()} followed by
     * {@link #add}. The set must not be empty. A kernel calls this when the event it is running schedules its
     * successor, the common case in simulation, so a heap can move the new entry down from the vacated root instead of
     * sinking its last leaf there and then sifting the new entry up.
     */
    void replaceFirst(int handle, long timeNs, long orderKey);

    /** Time in ns of the earliest event, or {@link Long#MAX_VALUE} if the set is empty. */
    long firstTimeNs();

    /** Number of events held, cancelled ones included. */
    int size();

    /**
     * Removes every event whose handle {@code doomed} accepts, testing each held handle once; returns how many it
     * removed. The earliest event stays first if it is kept. A kernel calls this to drop cancelled events in bulk.
     */
    int removeIf(IntPredicate doomed);

    /**
     * Sets who is told of handles whose events are about to run (null: nobody); a hint that an implementation may give
     * for some handles only. A kernel then loads what it keeps per handle ahead of the dispatch: with a million
     * pending events those loads miss the cache, and issued while the event set gathers the next events, their misses
     * overlap its own instead of stalling each dispatch in turn.
     */
    void setUpcomingListener(IntConsumer listener);
}
