package io.hcastudio.sim.model;

import io.hcastudio.sim.metrics.DropLedger;
import io.hcastudio.sim.metrics.SeriesArena;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What a thread's runs reuse: the series arena, the drop ledger, the objects a model makes by the thousand (MADs,
 * connections, CM table entries) and the arrays of its tables. A run of the commit test bed holds about 10 MB of these; made anew each
 * run, every young collection during a run copied them (tens of milliseconds a pause). Kept from one run to the
 * next, they soon live in the old generation and a run allocates none of them. A run takes what it needs in turn
 * and gives everything back at once when it is over ({@link ModelContext#runOver}): nothing it took may be used
 * after that, so results hold values only. What it gives back lets go of the run's other objects: held from the old
 * generation, a run's whole model would otherwise stay alive into the next run, and its young collections copy it.
 */
public final class RunMemory {

    /** A thread's memory between its runs; soft so that an idle thread's memory goes when the heap needs it. */
    private static final ThreadLocal<SoftReference<RunMemory>> IDLE = new ThreadLocal<>();

    /**
     * Slots (a value and a field, 8 bytes) that the {@link PairTable}s of one run may grow into, counting every size
     * they pass through. The commit test bed's tables take 0.8-1.5 M. Unbounded, the thousands of interfaces of a
     * large fabric, each holding a few entries spread over the run's comm IDs, grew tables of 60 M slots (500 MB) and
     * the fabric-wide event no longer fitted its 1 GB heap; past the bound a table keeps new pairs in its map.
     */
    static final int TABLE_SLOTS_PER_RUN = 8 << 20;

    private final SeriesArena arena = new SeriesArena();
    private final DropLedger drops = new DropLedger();
    private int tableSlotsLeft = TABLE_SLOTS_PER_RUN;
    private final Map<Class<?>, Shelf<?>> shelves = new HashMap<>();
    /** Shelves of arrays by length, looked up without boxing the length (tables grow while a run runs). */
    private final LongObjectMap<Shelf<byte[]>> byteArrays = new LongObjectMap<>();
    private final LongObjectMap<Shelf<int[]>> intArrays = new LongObjectMap<>();
    private final LongObjectMap<Shelf<long[]>> longArrays = new LongObjectMap<>();
    private final LongObjectMap<Shelf<Object[]>> objectArrays = new LongObjectMap<>();
    /** Every shelf of arrays, of all four kinds. */
    private final List<Shelf<?>> arrayShelves = new ArrayList<>();
    /**
     * The length each table of the last run grew to, in the order the run made its tables, and the same for this run
     * so far: a table of the next run starts at the length of the one made in its place, so that a series of runs of
     * one model takes one array per table rather than one of every length it passes through (which, kept for the next
     * run, were half the arrays and a third of what the first young collection after start-up copied).
     */
    private int[] lastTableLengths = new int[0];
    private int[] tableLengths = new int[64];
    private int tablesMade;

    /** An empty memory, for a model that is not run by {@link io.hcastudio.sim.SimulationRunner}. */
    public RunMemory() {
    }

    /** The calling thread's memory, all free, or a new one; give it back with {@link #release} after the run. */
    public static RunMemory acquire() {
        SoftReference<RunMemory> idle = IDLE.get();
        RunMemory memory = idle == null ? null : idle.get();
        if (memory == null) {
            return new RunMemory();
        }
        IDLE.remove();
        return memory;
    }

    /** Frees everything taken and keeps this memory for the calling thread's next run. */
    public void release() {
        arena.rewind();
        drops.reset();
        shelves.values().forEach(Shelf::rewind);
        // Arrays of a length this run did not take go: the tables' lengths of the run before.
        arrayShelves.forEach(Shelf::rewindDroppingUntaken);
        tableSlotsLeft = TABLE_SLOTS_PER_RUN;
        lastTableLengths = Arrays.copyOf(tableLengths, tablesMade);
        tablesMade = 0;
        IDLE.set(new SoftReference<>(this));
    }

    SeriesArena arena() {
        return arena;
    }

    /** The run's drop ledger, empty. */
    DropLedger drops() {
        return drops;
    }

    /**
     * The shelf of objects of {@code kind} that refer to no other object, which {@code make} creates when the shelf
     * runs out; a component looks it up once, while the model is built. What it takes comes in any earlier state: the
     * taker sets every field.
     */
    public <T> Shelf<T> shelf(Class<T> kind, Supplier<T> make) {
        return shelf(kind, make, null);
    }

    /**
     * The shelf of objects of {@code kind}, as {@link #shelf(Class, Supplier)}, for objects that refer to others:
     * {@code forget} clears those references of each object taken when its run is over.
     */
    @SuppressWarnings("unchecked")
    public <T> Shelf<T> shelf(Class<T> kind, Supplier<T> make, Consumer<T> forget) {
        return (Shelf<T>) shelves.computeIfAbsent(kind, key -> new Shelf<>(make, forget));
    }

    /** Arrays kept for the next run, taken or not. */
    int arraysKept() {
        int kept = 0;
        for (Shelf<?> shelf : arrayShelves) {
            kept += shelf.made;
        }
        return kept;
    }

    /** Numbers a new table of this run, for {@link #lastTableLength} and {@link #tableGrew}. */
    int newTable() {
        if (tablesMade == tableLengths.length) {
            tableLengths = Arrays.copyOf(tableLengths, 2 * tablesMade);
        }
        tableLengths[tablesMade] = 0;
        return tablesMade++;
    }

    /** The length the last run's table of the same number grew to, or 0. */
    int lastTableLength(int table) {
        return table < lastTableLengths.length ? lastTableLengths[table] : 0;
    }

    /** This run's table {@code table} has grown to {@code length}. */
    void tableGrew(int table, int length) {
        tableLengths[table] = length;
    }

    /** Takes {@code slots} of the run's table slots if that many are left ({@link #TABLE_SLOTS_PER_RUN}). */
    boolean takeTableSlots(int slots) {
        if (slots > tableSlotsLeft) {
            return false;
        }
        tableSlotsLeft -= slots;
        return true;
    }

    /** A byte array of {@code length}, contents undefined. */
    public byte[] bytes(int length) {
        return arrayShelf(byteArrays, length, byte[]::new, null).take();
    }

    /** A long array of {@code length}, contents undefined. */
    long[] longs(int length) {
        return arrayShelf(longArrays, length, long[]::new, null).take();
    }

    /** An int array of {@code length}, contents undefined. */
    int[] ints(int length) {
        return arrayShelf(intArrays, length, int[]::new, null).take();
    }

    /** An object array of {@code length}, all null. */
    public Object[] objects(int length) {
        return arrayShelf(objectArrays, length, Object[]::new, RunMemory::clear).take();
    }

    private <A> Shelf<A> arrayShelf(LongObjectMap<Shelf<A>> shelvesByLength, int length, IntFunction<A> make,
            Consumer<A> forget) {
        Shelf<A> shelf = shelvesByLength.get(length);
        if (shelf == null) {
            shelf = new Shelf<>(() -> make.apply(length), forget);
            shelvesByLength.put(length, shelf);
            arrayShelves.add(shelf);
        }
        return shelf;
    }

    private static void clear(Object[] array) {
        Arrays.fill(array, null);
    }

    /** Objects of one kind handed out in turn; the ones of a run that is over are handed out again. */
    public static final class Shelf<T> {
        private final Supplier<T> make;
        private final Consumer<T> forget;
        private Object[] items = new Object[16];
        private int made;
        private int taken;

        Shelf(Supplier<T> make, Consumer<T> forget) {
            this.make = make;
            this.forget = forget;
        }

        /** The next object of the shelf, made if the runs so far never needed this many. */
        @SuppressWarnings("unchecked")
        public T take() {
            if (taken == made) {
                if (made == items.length) {
                    items = Arrays.copyOf(items, 2 * made);
                }
                items[made++] = make.get();
            }
            return (T) items[taken++];
        }

        @SuppressWarnings("unchecked")
        void rewind() {
            if (forget != null) {
                for (int i = 0; i < taken; i++) {
                    forget.accept((T) items[i]);
                }
            }
            taken = 0;
        }

        /** {@link #rewind} that also lets go of the objects the run did not take. */
        void rewindDroppingUntaken() {
            Arrays.fill(items, taken, made, null);
            made = taken;
            rewind();
        }
    }
}
