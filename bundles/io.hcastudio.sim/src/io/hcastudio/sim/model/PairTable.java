package io.hcastudio.sim.model;

/**
 * Map from pairs (a small field such as a slave or a LID, and an id the model counts from 1 such as a comm ID) to
 * non-null values: arrays indexed by the id hold the value and its field, so a lookup is one load and a compare. A
 * pair the arrays cannot hold goes to a {@link LongObjectMap}: its id's slot holds another field's value, its id is
 * no count (a MAD off the wire), or its id lies far beyond what the table holds (the run's comm IDs are counted over
 * all its interfaces: a table of a few entries with ids in the hundred thousands must not grow an array that long).
 * A pair is in one place only, so lookups agree with a map of the pairs.
 *
 * @param <V> value type
 */
public final class PairTable<V> {

    private static final int MIN_LENGTH = 16;
    /**
     * The arrays grow to hold an id up to this many times the entries they hold (plus {@link #MIN_LENGTH}): at most a
     * few hundred bytes per entry. The commit test bed's interfaces hold 800 connections each among 28,800 comm IDs.
     */
    private static final int SPREAD = 64;

    /** Where grown arrays come from, or null: allocated. */
    private final RunMemory memory;
    private Object[] values = new Object[MIN_LENGTH];
    private int[] fields = new int[MIN_LENGTH];
    /** Pairs in the arrays. */
    private int held;
    private final LongObjectMap<V> others = new LongObjectMap<>();

    /** A table that takes the arrays it grows into from {@code memory} (see {@link ModelContext#newPairTable}). */
    PairTable(RunMemory memory) {
        this.memory = memory;
    }

    private static long key(int field, int id) {
        return ((long) field << 32) | (id & 0xFFFFFFFFL);
    }

    /** The value of ({@code field}, {@code id}), or null. */
    @SuppressWarnings("unchecked")
    public V get(int field, int id) {
        if (id >= 0 && id < values.length && values[id] != null && fields[id] == field) {
            return (V) values[id];
        }
        return others.size() == 0 ? null : others.get(key(field, id));
    }

    /** Maps ({@code field}, {@code id}) to {@code value} (not null), replacing any earlier value. */
    public void put(int field, int id, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null values are not supported");
        }
        if (id >= values.length && id >= 0 && id / SPREAD < held + MIN_LENGTH) {
            grow(id + 1);
        }
        if (id >= 0 && id < values.length) {
            if (values[id] == null) {
                if (others.size() > 0) {
                    others.remove(key(field, id));
                }
                values[id] = value;
                fields[id] = field;
                held++;
                return;
            }
            if (fields[id] == field) {
                values[id] = value;
                return;
            }
        }
        others.put(key(field, id), value);
    }

    /** Removes the value of ({@code field}, {@code id}) and returns it, or null if there was none. */
    @SuppressWarnings("unchecked")
    public V remove(int field, int id) {
        if (id >= 0 && id < values.length && values[id] != null && fields[id] == field) {
            V removed = (V) values[id];
            values[id] = null;
            held--;
            return removed;
        }
        return others.size() == 0 ? null : others.remove(key(field, id));
    }

    /**
     * Grows the arrays now so that ids up to {@code maxId} fit without growing later: a model that knows its load
     * sizes its tables while it is built rather than while it runs.
     */
    public void ensureCapacity(int maxId) {
        if (maxId >= values.length) {
            grow(maxId + 1);
        }
    }

    private void grow(int length) {
        int grown = values.length;
        while (grown < length) {
            grown *= 2;
        }
        Object[] largerValues = memory == null ? new Object[grown] : memory.objects(grown);
        int[] largerFields = memory == null ? new int[grown] : memory.ints(grown);
        System.arraycopy(values, 0, largerValues, 0, values.length);
        System.arraycopy(fields, 0, largerFields, 0, fields.length);
        values = largerValues;
        fields = largerFields;
    }
}
