package io.hcastudio.sim.model;

/**
 * Map from pairs (a small field such as a slave or a LID, and an id the model counts such as a comm ID) to non-null
 * values: arrays indexed by the id's distance from the table's first id hold the value and its field, so a lookup is
 * one load and a compare. A pair the arrays cannot hold goes to a {@link LongObjectMap}: its slot holds another
 * field's value, its id lies before the first (or is no count: a MAD off the wire), or it lies far beyond what the
 * table holds (the run's comm IDs are counted over all its interfaces, and an interface's few entries may be spread
 * over many of them). A pair is in one place only, so lookups agree with a map of the pairs.
 *
 * @param <V> value type
 */
public final class PairTable<V> {

    private static final int MIN_LENGTH = 16;
    /**
     * The arrays grow to hold an id up to this many times the pairs ever put (plus {@link #MIN_LENGTH}) past the first:
     * at most a few hundred bytes per pair. The commit test bed's interfaces hold 800 connections each among 28,800
     * comm IDs.
     */
    private static final int SPREAD = 64;

    /** Where grown arrays come from, or null: allocated. */
    private final RunMemory memory;
    /** This table's number in {@link #memory}, or -1 without one. */
    private final int table;
    private Object[] values = new Object[MIN_LENGTH];
    private int[] fields = new int[MIN_LENGTH];
    /** The id at index 0: the first id put, or 0 for a table sized ahead; -1 until then. */
    private int base = -1;
    /** Calls of {@link #put} so far: they bound the arrays' length, as entries that come and go would not. */
    private long puts;
    private final LongObjectMap<V> others = new LongObjectMap<>();

    /** A table that takes the arrays it grows into from {@code memory} (see {@link ModelContext#newPairTable}). */
    PairTable(RunMemory memory) {
        this.memory = memory;
        this.table = memory == null ? -1 : memory.newTable();
    }

    private static long key(int field, int id) {
        return ((long) field << 32) | (id & 0xFFFFFFFFL);
    }

    /** The index of {@code id} in the arrays, or -1 when it lies outside them. */
    private int index(int id) {
        long index = (long) id - base;
        return base >= 0 && index >= 0 && index < values.length ? (int) index : -1;
    }

    /** The value of ({@code field}, {@code id}), or null. */
    @SuppressWarnings("unchecked")
    public V get(int field, int id) {
        int index = index(id);
        if (index >= 0 && values[index] != null && fields[index] == field) {
            return (V) values[index];
        }
        return others.size() == 0 ? null : others.get(key(field, id));
    }

    /** Maps ({@code field}, {@code id}) to {@code value} (not null), replacing any earlier value. */
    public void put(int field, int id, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null values are not supported");
        }
        puts++;
        if (base < 0 && id >= 0) {
            base = id;
        }
        long wanted = (long) id - base;
        if (base >= 0 && wanted >= values.length && wanted / SPREAD < puts + MIN_LENGTH) {
            grow((int) wanted + 1);
        }
        int index = index(id);
        if (index >= 0) {
            if (values[index] == null) {
                if (others.size() > 0) {
                    others.remove(key(field, id));
                }
                values[index] = value;
                fields[index] = field;
                return;
            }
            if (fields[index] == field) {
                values[index] = value;
                return;
            }
        }
        others.put(key(field, id), value);
    }

    /** Removes the value of ({@code field}, {@code id}) and returns it, or null if there was none. */
    @SuppressWarnings("unchecked")
    public V remove(int field, int id) {
        int index = index(id);
        if (index >= 0 && values[index] != null && fields[index] == field) {
            V removed = (V) values[index];
            values[index] = null;
            return removed;
        }
        return others.size() == 0 ? null : others.remove(key(field, id));
    }

    /**
     * Grows the arrays now so that ids from 0 up to {@code maxId} fit without growing later: a model that knows its
     * load sizes its tables while it is built rather than while it runs. Only before the first {@link #put}.
     */
    public void ensureCapacity(int maxId) {
        if (base < 0) {
            base = 0;
        }
        if (base == 0 && maxId >= values.length) {
            grow(maxId + 1);
        }
    }

    /**
     * Grows the arrays to hold index {@code length - 1}, unless the run's table slots are spent; at once to the length
     * the last run's table made in its place grew to, if that is more.
     */
    private void grow(int length) {
        int grown = values.length;
        while (grown < length) {
            grown *= 2;
        }
        if (memory != null) {
            grown = Math.max(grown, memory.lastTableLength(table));
            if (!memory.takeTableSlots(grown)) {
                return;
            }
            memory.tableGrew(table, grown);
        }
        Object[] largerValues = memory == null ? new Object[grown] : memory.objects(grown);
        int[] largerFields = memory == null ? new int[grown] : memory.ints(grown);
        System.arraycopy(values, 0, largerValues, 0, values.length);
        System.arraycopy(fields, 0, largerFields, 0, fields.length);
        values = largerValues;
        fields = largerFields;
    }
}
