package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.metrics.OccupancyRecorder;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.metrics.RingStats;

/**
 * A paravirt QP's rings (spec §2.3). The send ring is two free-running counters: a reservation fails when
 * {@code head − tail ≥ N − 1}, so at most N − 1 sends are outstanding; only the worker owning the QP's CQ advances
 * {@code tail}, on polling a send CQE. The receive ring is the count of posted RX buffers.
 */
final class PvQp {

    final QpType type;
    final int ringSize;
    private final OccupancyRecorder outstandingSeries;
    private final OccupancyRecorder backlogSeries;

    private long head;
    private long tail;
    private int rxPosted;

    private long rejects;
    private long maxOutstanding;
    private long receives;
    private long overruns;
    private long maxBacklog;

    PvQp(QpType type, int ringSize, OccupancyRecorder outstandingSeries, OccupancyRecorder backlogSeries) {
        if (ringSize < 2 || Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("ringSize must be a power of two >= 2, was " + ringSize);
        }
        this.type = type;
        this.ringSize = ringSize;
        this.rxPosted = ringSize;
        this.outstandingSeries = outstandingSeries;
        this.backlogSeries = backlogSeries;
    }

    /** Reserves a send slot; returns the slot index or -1 (-EAGAIN) when N − 1 sends are outstanding. */
    int reserve(long nowNs) {
        if (head - tail >= ringSize - 1) {
            rejects++;
            return -1;
        }
        head++;
        long outstanding = head - tail;
        maxOutstanding = Math.max(maxOutstanding, outstanding);
        outstandingSeries.record(nowNs, outstanding);
        return (int) (head & (ringSize - 1));
    }

    /** The owning worker polled a send CQE of this QP: release the oldest slot. */
    void release(long nowNs) {
        tail++;
        outstandingSeries.record(nowNs, head - tail);
    }

    long outstanding() {
        return head - tail;
    }

    /** The HW consumes an RX buffer for an arriving MAD; false when none is posted (silent discard). */
    boolean takeReceiveBuffer(long nowNs) {
        if (rxPosted == 0) {
            overruns++;
            return false;
        }
        rxPosted--;
        receives++;
        long backlog = ringSize - rxPosted;
        maxBacklog = Math.max(maxBacklog, backlog);
        backlogSeries.record(nowNs, backlog);
        return true;
    }

    /** The worker re-posts the RX buffer after handling its MAD. */
    void repostReceiveBuffer(long nowNs) {
        rxPosted++;
        backlogSeries.record(nowNs, ringSize - rxPosted);
    }

    /** The QP was destroyed and created anew (function reset): no send outstanding, every RX buffer posted. */
    void recreate(long nowNs) {
        tail = head;
        rxPosted = ringSize;
        outstandingSeries.record(nowNs, 0);
        backlogSeries.record(nowNs, 0);
    }

    RingStats stats(String host, int port, int function) {
        return new RingStats(host, port, function, type, ringSize, head, tail, rejects, maxOutstanding, receives,
                overruns, maxBacklog);
    }
}
