package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.metrics.RingStats;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.trace.TraceEventKind;
import io.hcastudio.sim.trace.TraceRecorder;

import java.util.List;

/**
 * A tunnel context (one function on one port) or the wire context of a port (spec §2.1): one CQ shared by a QP0 and
 * a QP1, one work item, a state. The CQ raises one completion per arming through its HCA's
 * {@link CompletionTasklet}.
 */
final class PvContext implements EventTarget {

    /** Function value of the wire context. */
    static final int WIRE = -1;

    private static final int SEND_CQE_SMI = 1;
    private static final int SEND_CQE_GSI = 2;
    private static final int RECEIVE = 3;
    private static final int DELIVER_TO_FUNCTION = 4;
    private static final int ACTIVATE = 5;
    private static final int DEACTIVATE = 6;
    private static final int RESET_BEGIN = 7;
    private static final int RESET_END = 8;
    /**
     * The event types of a send CQE and of a loopback delivery carry the generation of the rings they belong to above
     * these bits, so that those of rings a function reset destroyed are recognised.
     */
    private static final int TYPE_BITS = 4;
    private static final int TYPE_MASK = (1 << TYPE_BITS) - 1;

    final Mlx4Proxy proxy;
    final int port;
    final int function;
    final PvQp[] qps;
    final CompletionQueue cq;
    private final ModelContext context;
    OrderedWorkqueue workqueue;

    boolean armed = true;
    boolean pending;
    boolean active = true;
    boolean onTaskletList;
    long completionEvents;
    long workRuns;
    long queueRequests;
    /** Function reset (FLR) in progress; the rings are re-created, with a new generation, when it starts. */
    boolean resetting;
    private int generation;
    /** Generation of the rings when the worker polled the CQE it is handling. */
    private int polledGeneration;
    /** Id of this context in the run's trace (-1 without a trace). */
    final int traceId;

    PvContext(Mlx4Proxy proxy, ModelContext context, int port, int function, int ringSize) {
        this.proxy = proxy;
        this.context = context;
        this.port = port;
        this.function = function;
        String prefix = proxy.host + "/p" + port + "/" + (function == WIRE ? "wire" : "f" + function);
        this.qps = new PvQp[2];
        for (QpType type : QpType.values()) {
            String qpName = prefix + "/" + type;
            qps[type.ordinal()] = new PvQp(type, ringSize, context.recorder(qpName + "/tx"),
                    context.recorder(qpName + "/rx"));
        }
        // cq_size = 2 × nbufs, doubled on an IB port because QP0 shares the CQ.
        this.cq = new CompletionQueue(2 * ringSize * 2, context.recorder(prefix + "/cq"), context.memory);
        this.traceId = context.trace == null ? -1 : context.trace.context(proxy.host, port, function);
    }

    /** Records a step of {@code mad} through this context when the run is traced. */
    void traceStage(Mad mad, TraceEventKind.MadStage stage) {
        TraceRecorder trace = context.trace;
        if (trace != null) {
            trace.madStage(mad.id, traceId, stage);
        }
    }

    boolean isWire() {
        return function == WIRE;
    }

    PvQp qp(QpType type) {
        return qps[type.ordinal()];
    }

    /** The HW places a completion into the CQ now; an armed CQ disarms and raises its event. */
    private void addCompletion(boolean receive, QpType qp, Mad mad) {
        cq.add(receive, qp, mad, context.sim.nowNs());
        if (armed) {
            armed = false;
            completionEvents++;
            if (context.trace != null) {
                context.trace.cqEvent(traceId);
            }
            proxy.tasklet.add(this);
        }
    }

    /** The CQ's completion handler, called by the tasklet: queue this context's work unless it is going down. */
    void completionHandler() {
        if (active) {
            workqueue.queueWork(this);
        }
    }

    /** A MAD arrives on this context's RX ring now (tunnel: HW loopback from the function; wire: the fabric). */
    void receive(Mad mad) {
        if (resetting) {
            proxy.drop(port, function, mad, Direction.EGRESS, DropCause.VF_RESET);
            return;
        }
        if (!qp(mad.qp).takeReceiveBuffer(context.sim.nowNs())) {
            if (isWire()) {
                proxy.drop(port, Mlx4Proxy.intendedFunction(mad), mad, Direction.INGRESS,
                        DropCause.D4_WIRE_RX_OVERRUN);
            } else {
                proxy.drop(port, function, mad, Direction.EGRESS, DropCause.D3_TUNNEL_RX_OVERRUN);
            }
            return;
        }
        traceStage(mad, isWire() ? TraceEventKind.MadStage.WIRE_RX : TraceEventKind.MadStage.TUNNEL_RX);
        addCompletion(true, mad.qp, mad);
    }

    /** Schedules the HW effects of a successful post on this context's QP. */
    void posted(Mad mad) {
        traceStage(mad, isWire() ? TraceEventKind.MadStage.WIRE_POSTED : TraceEventKind.MadStage.TUNNEL_POSTED);
        int sendCqe = mad.qp == QpType.GSI ? SEND_CQE_GSI : SEND_CQE_SMI;
        if (isWire()) {
            context.sim.schedule(proxy.draw(proxy.timing.wireCqeLatencyNs(), TimingParameter.WIRE_CQE_LATENCY), this,
                    sendCqe, null);
            proxy.transmit(mad);
        } else {
            int tag = generation << TYPE_BITS;
            context.sim.schedule(proxy.draw(proxy.timing.loopbackCqeLatencyNs(), TimingParameter.LOOPBACK_CQE_LATENCY),
                    this, sendCqe | tag, null);
            context.sim.schedule(proxy.draw(proxy.timing.loopbackLatencyNs(), TimingParameter.LOOPBACK_LATENCY), this,
                    DELIVER_TO_FUNCTION | tag, mad);
        }
    }

    void scheduleOutage(long fromNs, long toNs) {
        context.sim.scheduleAt(fromNs, 0, this, DEACTIVATE, null);
        context.sim.scheduleAt(toNs, 0, this, ACTIVATE, null);
    }

    /**
     * A function reset of this tunnel context during [fromNs, toNs): the PF driver's {@code mlx4_ib_tunnels_update}
     * destroys the context's QPs and CQ ({@code destroy_pv_resources}, after flushing its work) and creates them anew
     * ({@code create_pv_resources}) when the function comes back (drivers/infiniband/hw/mlx4/mad.c).
     */
    void scheduleReset(long fromNs, long toNs) {
        context.sim.scheduleAt(fromNs, 0, this, RESET_BEGIN, null);
        context.sim.scheduleAt(toNs, 0, this, RESET_END, null);
    }

    private void beginReset() {
        active = false;
        resetting = true;
        generation++;
        long now = context.sim.nowNs();
        while (!cq.isEmpty()) {
            if (cq.firstIsReceive()) {
                proxy.drop(port, function, cq.firstMad(), Direction.EGRESS, DropCause.VF_RESET);
            }
            cq.removeFirst(now);
        }
        for (PvQp qp : qps) {
            qp.recreate(now);
        }
    }

    @Override
    public void onEvent(int type, Object data) {
        int kind = type & TYPE_MASK;
        if ((kind == SEND_CQE_SMI || kind == SEND_CQE_GSI || kind == DELIVER_TO_FUNCTION)
                && type >>> TYPE_BITS != generation) {
            // Completion of a ring the reset destroyed; a MAD on its way to the function is lost with it.
            if (kind == DELIVER_TO_FUNCTION) {
                proxy.drop(port, function, (Mad) data, Direction.INGRESS, DropCause.VF_RESET);
            }
            return;
        }
        switch (kind) {
            case SEND_CQE_SMI -> addCompletion(false, QpType.SMI, null);
            case SEND_CQE_GSI -> addCompletion(false, QpType.GSI, null);
            case RECEIVE -> receive((Mad) data);
            case DELIVER_TO_FUNCTION -> {
                traceStage((Mad) data, TraceEventKind.MadStage.TO_FUNCTION);
                proxy.deliverToFunction(port, function, (Mad) data);
            }
            case RESET_BEGIN -> beginReset();
            case RESET_END -> {
                resetting = false;
                active = true;
                armed = true;
            }
            case ACTIVATE -> {
                active = true;
                // A restarted context starts armed and drains whatever completed while it was down.
                armed = true;
                if (!cq.isEmpty()) {
                    workqueue.queueWork(this);
                }
            }
            case DEACTIVATE -> active = false;
            default -> throw new IllegalStateException("unknown event " + type);
        }
    }

    /** Schedules the arrival of {@code mad} on this context's RX ring after {@code delayNs}. */
    void receiveAfter(long delayNs, Mad mad) {
        context.sim.schedule(delayNs, this, RECEIVE, mad);
    }

    /** CPU time of handling one polled CQE (c_reap, c_mux or c_demux plus CM id allocation). */
    long handlingCostNs(boolean receive, Mad mad) {
        // The worker calls this when it polls the CQE: remember which rings it came from.
        polledGeneration = generation;
        if (!receive) {
            return proxy.draw(proxy.timing.reapCostNs(), TimingParameter.REAP_COST);
        }
        if (isWire()) {
            return proxy.draw(proxy.timing.demuxCostNs(), TimingParameter.DEMUX_COST)
                    + (proxy.allocatesOnIngress(mad) ? idAllocCostNs() : 0);
        }
        return proxy.draw(proxy.timing.muxCostNs(), TimingParameter.MUX_COST)
                + (proxy.allocatesOnEgress(mad) ? idAllocCostNs() : 0);
    }

    private long idAllocCostNs() {
        return proxy.draw(proxy.timing.cmIdAllocCostNs(), TimingParameter.CM_ID_ALLOC_COST);
    }

    /** The poll loop's handling of one CQE (spec §2.5); returns the CPU time of the debug messages it printed. */
    long handle(boolean receive, QpType qpType, Mad mad) {
        long now = context.sim.nowNs();
        PvQp qp = qp(qpType);
        // A CQE polled before a function reset re-created the rings: its slot and buffer are gone with them.
        boolean sameRings = polledGeneration == generation;
        if (!receive) {
            if (sameRings) {
                qp.release(now);
                if (context.trace != null) {
                    context.trace.ring(TraceEventKind.RING_RELEASE, traceId, qpType.ordinal(), qp.outstanding());
                }
            }
            return 0;
        }
        long printed = proxy.debugMessages();
        if (isWire()) {
            proxy.demultiplex(port, mad);
        } else {
            proxy.multiplex(port, function, mad);
        }
        if (sameRings) {
            qp.repostReceiveBuffer(now);
        }
        long printNs = 0;
        for (long message = printed; message < proxy.debugMessages(); message++) {
            printNs += proxy.draw(proxy.timing.debugPrintCostNs(), TimingParameter.DEBUG_PRINT_COST);
        }
        return printNs;
    }

    void addStats(List<RingStats> rings, List<CqStats> cqs) {
        for (PvQp qp : qps) {
            rings.add(qp.stats(proxy.host, port, function));
        }
        cqs.add(new CqStats(proxy.host, port, function, cq.capacity(), cq.maxOccupancy(), cq.overflows(),
                completionEvents, workRuns, queueRequests));
    }
}
