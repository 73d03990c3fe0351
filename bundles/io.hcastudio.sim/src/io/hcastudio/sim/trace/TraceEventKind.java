package io.hcastudio.sim.trace;

import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.workload.ConnectionState;

/**
 * The record kinds of a run trace ({@code .hctrace}), with the fields each carries after its time. The names in the
 * comments are the kernel functions or tracepoints the event stands for (drivers/infiniband/hw/mlx4/mad.c,
 * drivers/net/ethernet/mellanox/mlx4/cq.c, kernel/workqueue.c).
 */
public enum TraceEventKind {
    /** An entity (host, context, workqueue, interface) gets its id: {@code id, entityKind, port, function, name}. */
    DEFINE,
    /** An armed CQ completed and raised its event ({@code mlx4_cq_completion}): {@code context}. */
    CQ_EVENT,
    /** The EQ interrupt scheduled the completion tasklet ({@code mlx4_eq_int}, {@code tasklet_schedule}): {@code host}. */
    IRQ,
    /** The completion tasklet starts a run ({@code mlx4_cq_tasklet_cb}): {@code host}. */
    TASKLET_ENTRY,
    /** The completion tasklet returns: {@code host}. */
    TASKLET_EXIT,
    /** {@code queue_work} from the CQ's handler: {@code context, workqueue, queued} (0: no-op, already pending). */
    QUEUE_WORK,
    /** A kworker starts the context's work item ({@code process_one_work}): {@code context, workqueue, cpu}. */
    WORK_START,
    /** The work item returns: {@code context, workqueue, cpu, cqes polled}. */
    WORK_END,
    /** The worker polled one CQE: {@code context, flags (1 receive, 2 GSI), mad id (0 for a send CQE)}. */
    CQE,
    /** A send slot was reserved: {@code context, qp (0 SMI, 1 GSI), outstanding after}. */
    RING_RESERVE,
    /** A send slot was released on polling a send CQE: {@code context, qp, outstanding after}. */
    RING_RELEASE,
    /** A reservation failed, the ring holding N - 1 sends: {@code context, qp, outstanding}. */
    RING_FULL,
    /** A function posts a MAD ({@code ib_post_send_mad}): {@code interface, mad id, MAD type}. */
    MAD_SEND,
    /** One step of a MAD through the proxy: {@code mad id, context, stage} (see {@link MadStage}). */
    MAD_STAGE,
    /** A MAD reached a function's receive queue: {@code interface, mad id}. */
    MAD_RECEIVE,
    /** A client connection changed state: {@code interface, connection id, state}. */
    CM_STATE,
    /** A MAD was lost: {@code host, port, function + 1, mad id, direction, cause}. */
    DROP,
    /**
     * The drop's kernel path printed its {@code pr_debug} message (dynamic debug on): {@code host, port,
     * function + 1, mad id, direction, cause, qp (0 SMI, 1 GSI), MAD type}.
     */
    DEBUG_PRINT;

    private static final TraceEventKind[] VALUES = values();

    static TraceEventKind of(int code) {
        return code >= 0 && code < VALUES.length ? VALUES[code] : null;
    }

    /** Name of the MAD type a {@link #MAD_SEND} or {@link #DEBUG_PRINT} record carries ({@code CM_REQ}, ...). */
    public static String madTypeName(long ordinal) {
        MadType[] types = MadType.values();
        return ordinal >= 0 && ordinal < types.length ? types[(int) ordinal].name() : "MAD_" + ordinal;
    }

    /** Name of the client connection state a {@link #CM_STATE} record carries ({@code ESTABLISHED}, ...). */
    public static String cmStateName(long ordinal) {
        ConnectionState[] states = ConnectionState.values();
        return ordinal >= 0 && ordinal < states.length ? states[(int) ordinal].name() : "STATE_" + ordinal;
    }

    /**
     * The IBTA attribute id of a CM MAD type (REQ 0x10, MRA 0x11, REJ 0x12, REP 0x13, RTU 0x14, DREQ 0x15, DREP
     * 0x16; IBTA vol. 1 table 102), 0x35 (PathRecord), 0x38 (MCMemberRecord) and 0x30 (GUIDInfoRecord) for the SA
     * types (IBTA vol. 1 table 204).
     */
    public static int attributeId(long ordinal) {
        return switch (MadType.values()[(int) ordinal]) {
            case PATH_RECORD_GET, PATH_RECORD_GET_RESP -> 0x35;
            case CM_REQ -> 0x10;
            case CM_MRA -> 0x11;
            case CM_REJ_TIMEOUT -> 0x12;
            case CM_REP -> 0x13;
            case CM_RTU -> 0x14;
            case CM_DREQ -> 0x15;
            case CM_DREP -> 0x16;
            case MCMEMBER_SET, MCMEMBER_SET_RESP -> 0x38;
            case GUIDINFO_SET, GUIDINFO_SET_RESP -> 0x30;
        };
    }

    /** Kinds of entity a {@link #DEFINE} record names. */
    public enum Entity {
        HOST, CONTEXT, WORKQUEUE, INTERFACE
    }

    /** Steps of a MAD through the proxy that {@link #MAD_STAGE} records. */
    public enum MadStage {
        /** Arrived on the PF tunnel QP's RX ring from its function (force loopback). */
        TUNNEL_RX,
        /** Multiplexed and posted on the wire QP ({@code mlx4_ib_send_to_wire}). */
        WIRE_POSTED,
        /** Arrived on the wire QP's RX ring from the fabric. */
        WIRE_RX,
        /** Demultiplexed and posted on the slave's tunnel QP ({@code mlx4_ib_send_to_slave}). */
        TUNNEL_POSTED,
        /** Looped back into the function's receive queue. */
        TO_FUNCTION
    }
}
