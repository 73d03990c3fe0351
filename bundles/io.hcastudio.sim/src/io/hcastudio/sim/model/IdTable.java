package io.hcastudio.sim.model;

/**
 * Map from the ids a run hands out by counting from 1 (pv comm IDs, local comm IDs, TIDs) to non-null values: a
 * {@link PairTable} whose field is always 0, so a lookup is one load with no hashing and no probing, and ids handed
 * out one after the other sit side by side. An id from anywhere else (a MAD off the wire) finds nothing, as in a map.
 * Hashed in a {@link LongObjectMap}, these lookups missed the cache twice (key, value) and were a tenth of a run's
 * time.
 *
 * @param <V> value type
 */
public final class IdTable<V> {

    private final PairTable<V> ids;

    /** A table that takes the arrays it grows into from {@code memory} (see {@link ModelContext#newTable}). */
    IdTable(RunMemory memory) {
        ids = new PairTable<>(memory);
    }

    /** The value of {@code id}, or null. */
    public V get(long id) {
        return id >= 0 && id <= Integer.MAX_VALUE ? ids.get(0, (int) id) : null;
    }

    /** Maps {@code id} (a count: 0 to {@link Integer#MAX_VALUE}) to {@code value} (not null), replacing any earlier. */
    public void put(long id, V value) {
        if (id < 0 || id > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("id " + id + " is no count up to " + Integer.MAX_VALUE);
        }
        ids.put(0, (int) id, value);
    }

    /** Removes the value of {@code id} and returns it, or null if there was none. */
    public V remove(long id) {
        return id >= 0 && id <= Integer.MAX_VALUE ? ids.remove(0, (int) id) : null;
    }

    /** See {@link PairTable#ensureCapacity}. */
    public void ensureCapacity(int maxId) {
        ids.ensureCapacity(maxId);
    }
}
