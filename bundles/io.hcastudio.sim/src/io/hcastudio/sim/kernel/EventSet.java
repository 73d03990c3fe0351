package io.hcastudio.sim.kernel;

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

    /** Time in ns of the earliest event, or {@link Long#MAX_VALUE} if the set is empty. */
    long firstTimeNs();

    /** Number of events held, cancelled ones included. */
    int size();
}
