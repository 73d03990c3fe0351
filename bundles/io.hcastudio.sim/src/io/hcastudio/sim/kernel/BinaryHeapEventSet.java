package io.hcastudio.sim.kernel;

import java.util.Arrays;

/**
 * Allocation-free event set built from two binary min-heaps over parallel primitive arrays (handle, time, order key).
 * Arrays grow by doubling and never shrink, so a steady-state simulation allocates nothing.
 * <p>
 * Events due within {@link #FAR_DELAY_NS} of the last removed event go to the near heap, later ones (protocol
 * timers, cleanup delays: mostly cancelled long before they are due) to the far heap. The near heap stays small, so
 * the frequent removals sift through few levels, and far entries, typically scheduled at now + a fixed timeout and
 * thus in increasing time order, are appended to the far heap without sifting. Removal takes the smaller head by
 * (time, order key), so the removal order is exactly that of a single heap: callers give unique order keys.
 */
public final class BinaryHeapEventSet implements EventSet {

    /** Events due this far after the last removed one or later are kept in the far heap (1 ms). */
    static final long FAR_DELAY_NS = 1_000_000;

    private final Heap near;
    private final Heap far;
    private long lastRemovedTimeNs;

    public BinaryHeapEventSet() {
        this(1024);
    }

    public BinaryHeapEventSet(int initialCapacity) {
        near = new Heap(initialCapacity);
        far = new Heap(initialCapacity);
    }

    @Override
    public void add(int handle, long timeNs, long orderKey) {
        if (timeNs - lastRemovedTimeNs >= FAR_DELAY_NS) {
            far.add(handle, timeNs, orderKey);
        } else {
            near.add(handle, timeNs, orderKey);
        }
    }

    @Override
    public int removeFirst() {
        Heap from = headHeap();
        if (from.size() == 0) {
            return -1;
        }
        lastRemovedTimeNs = from.firstTimeNs();
        return from.removeFirst();
    }

    @Override
    public int firstHandle() {
        Heap from = headHeap();
        return from.size() == 0 ? -1 : from.firstHandle();
    }

    @Override
    public void replaceFirst(int handle, long timeNs, long orderKey) {
        Heap from = headHeap();
        lastRemovedTimeNs = from.firstTimeNs();
        Heap to = timeNs - lastRemovedTimeNs >= FAR_DELAY_NS ? far : near;
        if (from == to) {
            from.replaceFirst(handle, timeNs, orderKey);
        } else {
            from.removeFirst();
            to.add(handle, timeNs, orderKey);
        }
    }

    /** The heap holding the earliest entry; an empty near heap when both are empty. */
    private Heap headHeap() {
        return far.size() == 0 || (near.size() != 0 && nearComesFirst()) ? near : far;
    }

    private boolean nearComesFirst() {
        long nearTime = near.firstTimeNs();
        long farTime = far.firstTimeNs();
        return nearTime < farTime || (nearTime == farTime && near.firstKey() < far.firstKey());
    }

    @Override
    public long firstTimeNs() {
        return Math.min(near.firstTimeNs(), far.firstTimeNs());
    }

    @Override
    public int size() {
        return near.size() + far.size();
    }

    /** Binary min-heap over parallel primitive arrays (handle, time, order key), ordered by time, then key. */
    private static final class Heap {

        private int[] handles;
        private long[] times;
        private long[] keys;
        private int size;

        Heap(int initialCapacity) {
            int capacity = Math.max(16, initialCapacity);
            handles = new int[capacity];
            times = new long[capacity];
            keys = new long[capacity];
        }

        void add(int handle, long timeNs, long orderKey) {
            if (size == handles.length) {
                int capacity = size * 2;
                handles = Arrays.copyOf(handles, capacity);
                times = Arrays.copyOf(times, capacity);
                keys = Arrays.copyOf(keys, capacity);
            }
            int index = size++;
            // Sift up: move parents down until the new entry's slot is found, then write it once.
            while (index > 0) {
                int parent = (index - 1) >>> 1;
                long parentTime = times[parent];
                if (parentTime < timeNs || (parentTime == timeNs && keys[parent] <= orderKey)) {
                    break;
                }
                handles[index] = handles[parent];
                times[index] = parentTime;
                keys[index] = keys[parent];
                index = parent;
            }
            handles[index] = handle;
            times[index] = timeNs;
            keys[index] = orderKey;
        }

        int removeFirst() {
            if (size == 0) {
                return -1;
            }
            int first = handles[0];
            int last = --size;
            if (last > 0) {
                siftDownFromRoot(handles[last], times[last], keys[last], last);
            }
            return first;
        }

        /** Removes the root and adds the given entry: one sift down from the root instead of two sifts. */
        void replaceFirst(int handle, long timeNs, long orderKey) {
            siftDownFromRoot(handle, timeNs, orderKey, size);
        }

        private void siftDownFromRoot(int handle, long timeNs, long orderKey, int count) {
            int index = 0;
            int half = count >>> 1;
            while (index < half) {
                int child = 2 * index + 1;
                int right = child + 1;
                if (right < count && (times[right] < times[child]
                        || (times[right] == times[child] && keys[right] < keys[child]))) {
                    child = right;
                }
                long childTime = times[child];
                if (timeNs < childTime || (timeNs == childTime && orderKey <= keys[child])) {
                    break;
                }
                handles[index] = handles[child];
                times[index] = childTime;
                keys[index] = keys[child];
                index = child;
            }
            handles[index] = handle;
            times[index] = timeNs;
            keys[index] = orderKey;
        }

        long firstTimeNs() {
            return size == 0 ? Long.MAX_VALUE : times[0];
        }

        int size() {
            return size;
        }

        /** Handle of the earliest entry; only meaningful when the heap is not empty. */
        int firstHandle() {
            return handles[0];
        }

        /** Order key of the earliest entry; only meaningful when the heap is not empty. */
        long firstKey() {
            return keys[0];
        }
    }
}
