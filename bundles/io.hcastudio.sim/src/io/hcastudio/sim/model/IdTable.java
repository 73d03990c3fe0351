package io.hcastudio.sim.model;

/**
 * Map from the ids a run hands out by counting from 1 (pv comm IDs, local comm IDs, TIDs) to non-null values: an array
 * indexed by the id, so a lookup is one load with no hashing and no probing, and ids handed out one after the other
 * sit side by side. An id from anywhere else (a MAD off the wire) outside the array finds nothing, as in a map. Hashed
 * in a {@link LongObjectMap}, these lookups missed the cache twice (key, value) and were a tenth of a run's time.
 *
 * @param <V> value type
 */
public final class IdTable<V> {

    private static final int MIN_LENGTH = 16;
    /** Largest id: an array index, with room for doubling. */
    public static final int MAX_ID = 1 << 30;

    /** Where grown arrays come from, or null: allocated. */
    private final RunMemory memory;
    private Object[] values = new Object[MIN_LENGTH];

    /** A table that takes the arrays it grows into from {@code memory} (see {@link ModelContext#newTable}). */
    IdTable(RunMemory memory) {
        this.memory = memory;
    }

    /** The value of {@code id}, or null. */
    @SuppressWarnings("unchecked")
    public V get(long id) {
        return id >= 0 && id < values.length ? (V) values[(int) id] : null;
    }

    /** Maps {@code id} (a count: 0 to {@link #MAX_ID}) to {@code value} (not null), replacing any earlier value. */
    public void put(long id, V value) {
        if (id < 0 || id > MAX_ID || value == null) {
            throw new IllegalArgumentException("id " + id + " must be a count up to " + MAX_ID + ", its value not null");
        }
        if (id >= values.length) {
            grow((int) id + 1);
        }
        values[(int) id] = value;
    }

    /** Removes the value of {@code id} and returns it, or null if there was none. */
    public V remove(long id) {
        V removed = get(id);
        if (removed != null) {
            values[(int) id] = null;
        }
        return removed;
    }

    /**
     * Grows the array now so that ids up to {@code maxId} fit without growing later: a model that knows its load sizes
     * its tables while it is built rather than while it runs.
     */
    public void ensureCapacity(int maxId) {
        if (maxId >= values.length) {
            grow(maxId + 1);
        }
    }

    /** The length, doubled from {@code current}, that {@code needed} fits in. */
    static int grownLength(int current, int needed) {
        int grown = current;
        while (grown < needed) {
            grown *= 2;
        }
        return grown;
    }

    private void grow(int length) {
        int grown = grownLength(values.length, length);
        Object[] larger = memory == null ? new Object[grown] : memory.objects(grown);
        System.arraycopy(values, 0, larger, 0, values.length);
        values = larger;
    }
}
