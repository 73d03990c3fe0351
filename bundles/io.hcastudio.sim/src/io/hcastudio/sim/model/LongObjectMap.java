package io.hcastudio.sim.model;

/**
 * Map from primitive {@code long} keys to non-null values: where a {@link PairTable} puts the pairs its arrays do not
 * hold (the model's counted ids go to {@link IdTable}s and PairTables), and where {@link RunMemory} finds its arrays by
 * length. Unlike {@code HashMap<Long, V>} it boxes no key and allocates no node per mapping: open addressing with
 * linear probing in power-of-two arrays kept at most half full, and backward-shift deletion so no tombstones pile up.
 * <p>
 * It has no iteration on purpose: the model only looks entries up, so hash order can never leak into results.
 *
 * @param <V> value type
 */
public final class LongObjectMap<V> {

    private static final int MIN_CAPACITY = 16;

    private long[] keys;
    private Object[] values;
    private int mask;
    /** 64 minus log2 of the capacity: the shift that turns a 64-bit hash into a slot. */
    private int shift;
    private int size;

    public LongObjectMap() {
        keys = new long[MIN_CAPACITY];
        values = new Object[MIN_CAPACITY];
        mask = MIN_CAPACITY - 1;
        shift = Long.numberOfLeadingZeros(MIN_CAPACITY) + 1;
    }

    /** The value mapped to {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int index = indexOf(key);
        return index < 0 ? null : (V) values[index];
    }

    /** Maps {@code key} to {@code value} (not null), replacing any earlier value. */
    public void put(long key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null values are not supported");
        }
        int index = slot(key);
        while (values[index] != null) {
            if (keys[index] == key) {
                values[index] = value;
                return;
            }
            index = (index + 1) & mask;
        }
        keys[index] = key;
        values[index] = value;
        if (++size > (mask + 1) >>> 1) {
            resize((mask + 1) * 2);
        }
    }

    /** Removes the mapping of {@code key} and returns its value, or null if there was none. */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        V removed = (V) values[index];
        size--;
        // Backward-shift deletion: move later members of the probe run into the gap when their home slot allows,
        // so that every lookup can still stop at the first empty slot.
        int gap = index;
        int next = (gap + 1) & mask;
        while (values[next] != null) {
            int home = slot(keys[next]);
            if (((next - home) & mask) >= ((next - gap) & mask)) {
                keys[gap] = keys[next];
                values[gap] = values[next];
                gap = next;
            }
            next = (next + 1) & mask;
        }
        values[gap] = null;
        return removed;
    }

    public int size() {
        return size;
    }

    private int indexOf(long key) {
        int index = slot(key);
        while (values[index] != null) {
            if (keys[index] == key) {
                return index;
            }
            index = (index + 1) & mask;
        }
        return -1;
    }

    /**
     * Home slot: Fibonacci hashing, the top bits of the key times 2^64 / golden ratio. The keys are counters (TIDs,
     * comm IDs) under small high fields (slave, LID); mapped to consecutive slots, a few hundred live IDs formed one
     * probe run that every backward-shift deletion walked to its end. Scattered, runs stay a few slots long.
     */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(capacity) + 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                int index = slot(oldKeys[i]);
                while (values[index] != null) {
                    index = (index + 1) & mask;
                }
                keys[index] = oldKeys[i];
                values[index] = oldValues[i];
            }
        }
    }
}
