package io.hcastudio.sim.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The memory a run's {@link OccupancyRecorder}s write into: ranges of a few large primitive slabs, handed out by
 * bumping an offset, and kept for the next run on the same thread (by {@code model.RunMemory}). A run records about
 * a million change points; in chunks of its own, each series allocated them as the run went (tens of bytes per event) and every young collection
 * during a run copied them. Slabs of about a megabyte are humongous in G1 on the heaps runs use (at least half a
 * region), so G1 never copies them, and once a thread's arena has grown to its runs' size a run allocates nothing to
 * record. Results never point into an arena: {@link OccupancyRecorder#seriesOf} copies out what a run kept.
 * <p>
 * A range is returned as the slab of the last {@link #reserveLongs} / {@link #reserveInts} call plus the offset that
 * call returns, so that reserving creates no object.
 */
public final class SeriesArena {

    /** 1 MB with the array header: one G1 region of a heap up to 2 GB, and humongous in it. */
    private static final int SLAB_LONGS = (1 << 17) - 8;
    private static final int SLAB_INTS = (1 << 18) - 16;
    private final Slabs<long[]> longs = new Slabs<>(long[]::new, slab -> slab.length, SLAB_LONGS);
    private final Slabs<int[]> ints = new Slabs<>(int[]::new, slab -> slab.length, SLAB_INTS);

    /** An empty arena; it grows with what it is asked for, so a recorder of its own costs a few bytes. */
    public SeriesArena() {
    }

    /**
     * Empties this arena for the next run of its thread; the recorders of the run that is over must not record or be
     * read any more (their series, copied out by {@link OccupancyRecorder#seriesOf}, stay valid).
     */
    public void rewind() {
        longs.rewind();
        ints.rewind();
    }

    /** Reserves {@code count} longs; returns their offset in {@link #longSlab()}. */
    int reserveLongs(int count) {
        return longs.reserve(count);
    }

    /** The slab of the last {@link #reserveLongs}. */
    long[] longSlab() {
        return longs.current();
    }

    /** Reserves {@code count} ints; returns their offset in {@link #intSlab()}. */
    int reserveInts(int count) {
        return ints.reserve(count);
    }

    /** The slab of the last {@link #reserveInts}. */
    int[] intSlab() {
        return ints.current();
    }

    /**
     * The slabs of one primitive type, filled in order. They double from the first request up to the full size, so
     * that small models keep small arenas; a range larger than that (settings with very many buckets) gets a slab of
     * its own size.
     */
    private static final class Slabs<A> {
        private final IntFunction<A> make;
        private final ToIntFunction<A> length;
        private final int full;
        private final List<A> slabs = new ArrayList<>();
        private int current = -1;
        private int used;

        Slabs(IntFunction<A> make, ToIntFunction<A> length, int full) {
            this.make = make;
            this.length = length;
            this.full = full;
        }

        int reserve(int count) {
            while (current < 0 || used + count > length.applyAsInt(slabs.get(current))) {
                if (current + 1 == slabs.size()) {
                    int previous = current < 0 ? 0 : length.applyAsInt(slabs.get(current));
                    slabs.add(make.apply(Math.max(count, Math.min(full, 2 * previous))));
                }
                current++;
                used = 0;
            }
            int offset = used;
            used += count;
            return offset;
        }

        A current() {
            return slabs.get(current);
        }

        void rewind() {
            current = slabs.isEmpty() ? -1 : 0;
            used = 0;
        }
    }
}
