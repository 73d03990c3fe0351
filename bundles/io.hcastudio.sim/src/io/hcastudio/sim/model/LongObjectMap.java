package io.hcastudio.sim.model;

/**
 * Map from primitive {@code long} keys to non-null values for the model's hot lookups (TIDs, comm IDs, LID/comm-ID
 * pairs). Unlike {@code HashMap<Long, V>} it boxes no key and allocates no node per mapping: open addressing with
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
    private int size;

    public LongObjectMap() {
        keys = new long[MIN_CAPACITY];
        values = new Object[MIN_CAPACITY];
        mask = MIN_CAPACITY - 1;
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
     * Home slot. The keys are a counter in the low 32 bits (TID, comm ID), optionally under a small field in the high
     * 32 bits (slave, LID). Consecutive counters keep consecutive slots, as {@code HashMap} with {@code Integer} keys
     * does, because the model looks IDs up roughly in the order it allocated them and so stays within a few cache
     * lines; the high field scatters each family of counters to its own region of the table.
     */
    private int slot(long key) {
        return ((int) key + (int) (key >>> 32) * 0x9E3779B9) & mask;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
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
