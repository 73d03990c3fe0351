package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.metrics.OccupancyRecorder;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.RunMemory;

/**
 * A context's CQ: a bounded FIFO of completions. A RECV completion carries its MAD, a SEND completion only its QP.
 * A completion that finds the CQ full is counted as an overflow (the spec shows this cannot happen).
 */
final class CompletionQueue {

    private final int capacity;
    /** The completions' MADs and kinds: rings of the run's memory (see {@link RunMemory}). */
    private final Object[] mads;
    private final byte[] kinds;
    private final OccupancyRecorder series;
    private int first;
    private int size;
    private long maxOccupancy;
    private long overflows;

    private static final byte RECV = 1;
    private static final byte GSI = 2;

    CompletionQueue(int capacity, OccupancyRecorder series, RunMemory memory) {
        this.capacity = capacity;
        this.mads = memory.objects(capacity);
        this.kinds = memory.bytes(capacity);
        this.series = series;
    }

    /** Appends a completion; false on overflow. */
    boolean add(boolean receive, QpType qp, Mad mad, long nowNs) {
        if (size == capacity) {
            overflows++;
            return false;
        }
        int index = (first + size) % capacity;
        mads[index] = mad;
        kinds[index] = (byte) ((receive ? RECV : 0) | (qp == QpType.GSI ? GSI : 0));
        size++;
        maxOccupancy = Math.max(maxOccupancy, size);
        series.record(nowNs, size);
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Kind bits of the oldest completion; call before {@link #removeFirst}. */
    boolean firstIsReceive() {
        return (kinds[first] & RECV) != 0;
    }

    QpType firstQp() {
        return (kinds[first] & GSI) != 0 ? QpType.GSI : QpType.SMI;
    }

    Mad firstMad() {
        return (Mad) mads[first];
    }

    void removeFirst(long nowNs) {
        mads[first] = null;
        first = (first + 1) % capacity;
        size--;
        series.record(nowNs, size);
    }

    int capacity() {
        return capacity;
    }

    long maxOccupancy() {
        return maxOccupancy;
    }

    long overflows() {
        return overflows;
    }
}
