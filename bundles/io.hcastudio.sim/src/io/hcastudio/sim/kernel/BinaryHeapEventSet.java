package io.hcastudio.sim.kernel;

import java.util.Arrays;

/**
 * Allocation-free binary min-heap over parallel primitive arrays (handle, time, order key). Arrays grow by doubling
 * and never shrink, so a steady-state simulation allocates nothing.
 */
public final class BinaryHeapEventSet implements EventSet {

    private int[] handles;
    private long[] times;
    private long[] keys;
    private int size;

    public BinaryHeapEventSet() {
        this(1024);
    }

    public BinaryHeapEventSet(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        handles = new int[capacity];
        times = new long[capacity];
        keys = new long[capacity];
    }

    @Override
    public void add(int handle, long timeNs, long orderKey) {
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

    @Override
    public int removeFirst() {
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

    @Override
    public long firstTimeNs() {
        return size == 0 ? Long.MAX_VALUE : times[0];
    }

    @Override
    public int size() {
        return size;
    }
}
