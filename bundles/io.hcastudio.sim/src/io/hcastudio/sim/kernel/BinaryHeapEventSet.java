package io.hcastudio.sim.kernel;

import java.util.Arrays;

/**
 * Allocation-free implicit min-heap over primitive arrays. Arrays grow by doubling and never shrink, so a
 * steady-state simulation allocates nothing.
 * <p>
 * Layout and algorithm are chosen for the hold pattern of a simulation (remove the earliest, add one somewhere
 * later):
 * <ul>
 * <li>The heap is 4-ary: half the depth of a binary heap, and the four children of a node are adjacent, so one level
 * costs about one cache line even when the heap is far larger than the caches.</li>
 * <li>Time and order key of an entry sit next to each other in one {@code long[]} ({@code 2i}, {@code 2i + 1}), so a
 * comparison touches one line rather than one line per array.</li>
 * <li>Removal moves the hole left by the root down along the smallest children to a leaf, then sifts the former last
 * entry up from there (Floyd's bottom-up deletion). The former last entry almost always belongs near the bottom, so
 * this saves the comparison against it at every level.</li>
 * </ul>
 * Entries compare by time, then order key. Callers give unique order keys, so the removal order is fully determined
 * by the entries and does not depend on the heap's shape.
 */
public final class BinaryHeapEventSet implements EventSet {

    private static final int ARITY_SHIFT = 2;

    /** entries[2i] = time of entry i, entries[2i + 1] = its order key. */
    private long[] entries;
    private int[] handles;
    private int size;

    public BinaryHeapEventSet() {
        this(1024);
    }

    public BinaryHeapEventSet(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        entries = new long[2 * capacity];
        handles = new int[capacity];
    }

    @Override
    public void add(int handle, long timeNs, long orderKey) {
        if (size == handles.length) {
            grow();
        }
        siftUp(size++, handle, timeNs, orderKey);
    }

    @Override
    public int removeFirst() {
        if (size == 0) {
            return -1;
        }
        int first = handles[0];
        int last = --size;
        if (last > 0) {
            long[] e = entries;
            int hole = descendToLeaf(last);
            siftUp(hole, handles[last], e[2 * last], e[2 * last + 1]);
        }
        return first;
    }

    /**
     * Moves the root's hole down to a leaf of the heap holding {@code count} entries, each level pulling up the
     * smallest child, and returns the hole's final index.
     */
    private int descendToLeaf(int count) {
        long[] e = entries;
        int[] h = handles;
        int hole = 0;
        while (true) {
            int firstChild = (hole << ARITY_SHIFT) + 1;
            if (firstChild >= count) {
                return hole;
            }
            int best = firstChild;
            long bestTime = e[2 * best];
            long bestKey = e[2 * best + 1];
            int end = Math.min(firstChild + (1 << ARITY_SHIFT), count);
            for (int child = firstChild + 1; child < end; child++) {
                long time = e[2 * child];
                long key = e[2 * child + 1];
                // Non-short-circuit operators keep the comparison free of data-dependent branches.
                if (time < bestTime | (time == bestTime & key < bestKey)) {
                    best = child;
                    bestTime = time;
                    bestKey = key;
                }
            }
            e[2 * hole] = bestTime;
            e[2 * hole + 1] = bestKey;
            h[hole] = h[best];
            hole = best;
        }
    }

    /** Places the entry at {@code index} or above it, moving larger ancestors down; writes the entry once. */
    private void siftUp(int index, int handle, long timeNs, long orderKey) {
        long[] e = entries;
        int[] h = handles;
        while (index > 0) {
            int parent = (index - 1) >>> ARITY_SHIFT;
            long parentTime = e[2 * parent];
            long parentKey = e[2 * parent + 1];
            if (parentTime < timeNs || (parentTime == timeNs && parentKey <= orderKey)) {
                break;
            }
            e[2 * index] = parentTime;
            e[2 * index + 1] = parentKey;
            h[index] = h[parent];
            index = parent;
        }
        e[2 * index] = timeNs;
        e[2 * index + 1] = orderKey;
        h[index] = handle;
    }

    private void grow() {
        int capacity = handles.length * 2;
        entries = Arrays.copyOf(entries, 2 * capacity);
        handles = Arrays.copyOf(handles, capacity);
    }

    @Override
    public long firstTimeNs() {
        return size == 0 ? Long.MAX_VALUE : entries[0];
    }

    @Override
    public int size() {
        return size;
    }
}
