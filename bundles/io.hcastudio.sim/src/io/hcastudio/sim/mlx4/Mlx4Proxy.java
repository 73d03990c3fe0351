package io.hcastudio.sim.mlx4;

import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.Distribution;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.config.TimingParameter;
import io.hcastudio.sim.metrics.CqStats;
import io.hcastudio.sim.metrics.Direction;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.RingStats;
import io.hcastudio.sim.model.Fabric;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.MadTransport;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;
import io.hcastudio.sim.model.WireEndpoint;
import io.hcastudio.sim.trace.TraceEventKind;

import java.util.List;

/**
 * The mlx4 PF driver's MAD proxy of one SR-IOV HCA (spec §2–§3): per port a wire context and a tunnel context per
 * function, the ordered workqueues {@code mlx4_ibt<p>} and (split mode) {@code mlx4_ibwi<p>}, egress multiplexing
 * and ingress demultiplexing with TID tagging and CM paravirtualisation.
 */
public final class Mlx4Proxy implements MadTransport {

    final String host;
    /** The host's latencies and CPU costs. */
    final TimingConfig timing;
    private final ModelContext context;
    private final Fabric fabric;
    private final DriverConfig profile;
    private final int functions;
    private final PvContext[] wires;
    private final PvContext[][] tunnels;
    private final MadAgent[][] agents;
    private final int[] lids;
    private final CmParavirt cm;
    final CompletionTasklet tasklet;
    private final KworkerCpus cpus;
    private final McgParavirt[] mcg;
    private int saLid;
    private long debugMessages;

    public Mlx4Proxy(ModelContext context, Fabric fabric, String host, int functions, int ports,
            DriverConfig profile, TimingConfig timing) {
        this.context = context;
        this.timing = timing;
        this.fabric = fabric;
        this.host = host;
        this.profile = profile;
        this.functions = functions;
        this.wires = new PvContext[ports];
        this.tunnels = new PvContext[ports][functions];
        this.agents = new MadAgent[ports][functions];
        this.lids = new int[ports];
        this.cm = new CmParavirt(context, profile.cleanupRearmedOnDuplicate());
        this.tasklet = new CompletionTasklet(context, timing,
                context.trace == null ? -1 : context.trace.host(host), ports * (functions + 1));
        this.cpus = new KworkerCpus(profile.kworkerCpus(), 2 * ports);
        this.mcg = new McgParavirt[ports];
        for (int p = 0; p < ports; p++) {
            int port = p + 1;
            // A port's tunnel contexts and, on a shared workqueue, its wire context.
            OrderedWorkqueue tunnelWq = new OrderedWorkqueue("mlx4_ibt" + port, context, timing, cpus, functions + 1);
            OrderedWorkqueue wireWq = profile.splitWireWorkqueue()
                    ? new OrderedWorkqueue("mlx4_ibwi" + port, context, timing, cpus, 1) : tunnelWq;
            if (context.trace != null) {
                tunnelWq.traceId = context.trace.workqueue(host, port, tunnelWq.name);
                wireWq.traceId = wireWq == tunnelWq ? tunnelWq.traceId
                        : context.trace.workqueue(host, port, wireWq.name);
            }
            PvContext wire = new PvContext(this, context, port, PvContext.WIRE, profile.wireRingSize());
            wire.workqueue = wireWq;
            wires[p] = wire;
            for (int f = 0; f < functions; f++) {
                PvContext tunnel = new PvContext(this, context, port, f, profile.tunnelRingSize());
                tunnel.workqueue = tunnelWq;
                tunnels[p][f] = tunnel;
            }
            mcg[p] = new McgParavirt(this, context, port);
            WireEndpoint endpoint = wire::receive;
            lids[p] = fabric.attach(endpoint, FabricPort.of(host, port));
        }
    }

    /** Registers the ib_mad agent of {@code (function, port)} that tunnelled MADs are delivered to. */
    public void setAgent(int function, int port, MadAgent agent) {
        agents[port - 1][function] = agent;
    }

    /**
     * A cmtime session will set up {@code connections} connections from or to a function of this HCA: the CM
     * paravirtualisation tables are sized for them now.
     */
    public void expectConnections(int connections) {
        cm.expectConnections(connections);
    }

    /** LID of {@code port} (1-based). */
    public int lid(int port) {
        return lids[port - 1];
    }

    public DriverConfig profile() {
        return profile;
    }

    /** The SA's LID, where the PF sends its own joins (mcg.c). */
    public void setSaLid(int lid) {
        saLid = lid;
    }

    int saLid() {
        return saLid;
    }

    /**
     * ASSUMPTION: the PF hands a port event to each VF by a {@code GEN_EQE} firmware command
     * ({@code mlx4_gen_slaves_port_mgt_ev}, {@code mlx4_gen_port_state_change_eqe} → {@code mlx4_GEN_EQE}), one command
     * at a time through the command interface; 10 us per command, the order of a firmware command's round trip.
     */
    public static final long SLAVE_EVENT_NS = 10_000;

    /**
     * When function {@code slave} learns of a port event the PF sees at {@code atNs}: the PF at once
     * ({@code mlx4_ib_dispatch_event}), the VFs one {@link #SLAVE_EVENT_NS} after the other.
     */
    public static long portEventDeliveryNs(long atNs, int slave) {
        return atNs + slave * SLAVE_EVENT_NS;
    }

    /**
     * A ClientReregister reaches the PF of {@code port} ({@code handle_client_rereg_event}): the PF forgets its
     * multicast groups ({@code mlx4_ib_mcg_port_cleanup}) before it passes the event on to its VFs.
     */
    public void clientReregister(int port) {
        mcg[port - 1].cleanup();
    }

    /** Joins the PFs sent to the SA for their functions. */
    public long multicastJoinsToSa() {
        long total = 0;
        for (McgParavirt port : mcg) {
            total += port.joinsToSa;
        }
        return total;
    }

    /** Joins the PF answered itself (group already joined). */
    public long multicastJoinsAnswered() {
        long total = 0;
        for (McgParavirt port : mcg) {
            total += port.answeredLocally;
        }
        return total;
    }

    /** The PF's own MAD to the wire of {@code port} (mcg.c's {@code send_mad_to_wire}). */
    void sendToWireFromPf(int port, Mad mad) {
        sendToWire(port, 0, mad);
    }

    /** A reply the PF composed for {@code slave} (mcg.c's {@code send_reply_to_slave}). */
    void sendReplyToSlave(int port, int slave, Mad mad) {
        sendToSlave(port, slave, mad);
    }

    // --- function side -------------------------------------------------------------------------------------------

    /** The function's proxy QP1 post: force-loopback to the PF tunnel QP, arriving L_lb later (spec §2.9). */
    @Override
    public void post(int function, int port, Mad mad) {
        tunnels[port - 1][function].receiveAfter(draw(timing.loopbackLatencyNs(), TimingParameter.LOOPBACK_LATENCY),
                mad);
    }

    @Override
    public long sendCompletionNs() {
        return draw(timing.loopbackCqeLatencyNs(), TimingParameter.LOOPBACK_CQE_LATENCY);
    }

    /** One occurrence of a timing parameter of this host. */
    long draw(Distribution law, TimingParameter parameter) {
        return context.draw(law, parameter);
    }

    /** Burst injection: {@code mad} lands on the tunnel RX ring of {@code (function, port)} now. */
    public void injectTunnelReceive(int function, int port, Mad mad) {
        tunnels[port - 1][function].receive(mad);
    }

    /** Burst injection: {@code mad} lands on the wire RX ring of {@code port} now. */
    public void injectWireReceive(int port, Mad mad) {
        wires[port - 1].receive(mad);
    }

    /** Takes a tunnel context ({@code function ≥ 0}) or the wire context ({@code -1}) out of ACTIVE for a while. */
    public void scheduleOutage(int port, int function, long fromNs, long toNs) {
        PvContext target = function < 0 ? wires[port - 1] : tunnels[port - 1][function];
        target.scheduleOutage(fromNs, toNs);
    }

    /** Another load takes {@code count} of the kworkers' CPUs during [fromNs, toNs) (see {@link KworkerCpus}). */
    public void scheduleKworkerStall(int count, long fromNs, long toNs) {
        new KworkerStallEvents(context, cpus, count).schedule(fromNs, toNs);
    }

    /** A function-level reset of {@code function}: its tunnel contexts on every port go down and come back. */
    public void scheduleFunctionReset(int function, long fromNs, long toNs) {
        for (PvContext[] port : tunnels) {
            port[function].scheduleReset(fromNs, toNs);
        }
    }

    void deliverToFunction(int port, int function, Mad mad) {
        agents[port - 1][function].receiveFromHardware(mad);
    }

    void transmit(Mad mad) {
        fabric.transmit(mad);
    }

    void drop(int port, int function, Mad mad, Direction direction, DropCause cause) {
        // The MAD is over once dropped: what the debug message needs of it is read first.
        long id = mad.id;
        int qp = mad.qp.ordinal();
        int type = mad.type.ordinal();
        context.dropped(host, port, function, mad, direction, cause);
        if (profile.dynamicDebug() && printsDebugMessage(direction, cause)) {
            debugMessages++;
            if (context.trace != null) {
                context.trace.debugPrint(host, port, function, id, direction.ordinal(), cause.ordinal(), qp, type);
            }
        }
    }

    /**
     * Whether the kernel path of this drop prints a {@code pr_debug} line (mad.c, cm.c): a failed send to a slave
     * always ("failed sending %s to slave %d via tunnel qp"), a failed send to the wire only since patch 1/6
     * ("failed sending %s to wire on behalf of slave %d"), a CM id miss always ("id{slave...} is NULL!" egress,
     * "Couldn't find an entry for pv_cm_id" ingress). RX overruns happen in the HCA and print nothing.
     */
    private boolean printsDebugMessage(Direction direction, DropCause cause) {
        return switch (cause) {
            case D1_WIRE_RING_FULL -> profile.wireSendFailureLogged();
            case D6_CONTEXT_NOT_ACTIVE -> direction == Direction.INGRESS || profile.wireSendFailureLogged();
            case D2_TUNNEL_RING_FULL, D5_CM_ID_MISS -> true;
            default -> false;
        };
    }

    /** Debug messages printed so far; a worker charges the ones its step printed. */
    long debugMessages() {
        return debugMessages;
    }

    /** Function a MAD was meant for, for attributing a loss that happens before demultiplexing. */
    static int intendedFunction(Mad mad) {
        return mad.intendedFunction();
    }

    // --- egress: mlx4_ib_multiplex_mad -----------------------------------------------------------------------------

    boolean allocatesOnEgress(Mad mad) {
        return switch (mad.type) {
            case CM_REQ, CM_REP -> true;
            case CM_MRA -> profile.mraProxied();
            case CM_REJ_TIMEOUT -> profile.rejTimeoutProxied();
            default -> false;
        };
    }

    void multiplex(int port, int slave, Mad mad) {
        if (mad.type == MadType.MCMEMBER_SET) {
            // mlx4_ib_multiplex_sa_handler → mlx4_ib_mcg_multiplex_handler: the join never reaches the wire.
            mcg[port - 1].join(slave, mad);
            return;
        }
        if (mad.type.requestMethod()) {
            if ((mad.tid & Mad.TID_MSB_MASK) != 0) {
                drop(port, slave, mad, Direction.EGRESS, DropCause.PROXY_POLICY);
                return;
            }
            mad.tid |= (long) slave << 56;
        }
        if (mad.type.madClass() == MadType.MadClass.CM && !translateEgressCm(port, slave, mad)) {
            return;
        }
        sendToWire(port, slave, mad);
    }

    private boolean translateEgressCm(int port, int slave, Mad mad) {
        CmParavirt.IdMapEntry entry;
        switch (mad.type) {
            case CM_REQ, CM_REP -> entry = cm.lookupOrAllocate(slave, mad.localCommId);
            case CM_MRA -> {
                if (!profile.mraProxied()) {
                    drop(port, slave, mad, Direction.EGRESS, DropCause.D5_CM_ID_MISS);
                    return false;
                }
                entry = cm.lookupOrAllocate(slave, mad.localCommId);
            }
            case CM_REJ_TIMEOUT -> {
                if (!profile.rejTimeoutProxied()) {
                    return true;
                }
                entry = cm.lookupOrAllocate(slave, mad.localCommId);
            }
            default -> {
                entry = cm.lookup(slave, mad.localCommId);
                if (entry == null) {
                    drop(port, slave, mad, Direction.EGRESS, DropCause.D5_CM_ID_MISS);
                    return false;
                }
                if (mad.type == MadType.CM_DREQ) {
                    cm.scheduleCleanup(entry);
                }
            }
        }
        mad.localCommId = entry.pvCommId;
        return true;
    }

    /** {@code mlx4_ib_send_to_wire}: state check, ring reservation, post. */
    private void sendToWire(int port, int slave, Mad mad) {
        PvContext wire = wires[port - 1];
        if (!wire.active) {
            drop(port, slave, mad, Direction.EGRESS, DropCause.D6_CONTEXT_NOT_ACTIVE);
            return;
        }
        if (!reserve(wire, mad)) {
            drop(port, slave, mad, Direction.EGRESS, DropCause.D1_WIRE_RING_FULL);
            return;
        }
        wire.posted(mad);
    }

    // --- ingress: mlx4_ib_demux_mad --------------------------------------------------------------------------------

    boolean allocatesOnIngress(Mad mad) {
        return mad.type == MadType.CM_REQ && profile.rejTimeoutProxied();
    }

    void demultiplex(int port, Mad mad) {
        if (mad.type == MadType.MCMEMBER_SET_RESP && mad.tidSlave() == 0xFF) {
            // mlx4_ib_demux_sa_handler → mlx4_ib_mcg_demux_handler: the answer to the PF's own join.
            mcg[port - 1].answered(mad);
            return;
        }
        int slave = 0;
        if (mad.type.response()) {
            slave = mad.tidSlave();
            if (slave != 0xFF) {
                mad.tid &= ~Mad.TID_MSB_MASK;
            }
        }
        if (mad.type.madClass() == MadType.MadClass.CM) {
            slave = routeIngressCm(port, mad);
            if (slave < 0) {
                return;
            }
        }
        if (slave >= functions) {
            drop(port, intendedFunction(mad), mad, Direction.INGRESS, DropCause.PROXY_POLICY);
            return;
        }
        sendToSlave(port, slave, mad);
    }

    /** Returns the destination slave, or -1 after counting a drop. */
    private int routeIngressCm(int port, Mad mad) {
        switch (mad.type) {
            case CM_REQ -> {
                // Destination from the GID in the REQ's primary path (alias GUID = slave).
                int slave = mad.destinationFunction;
                if (profile.rejTimeoutProxied() && slave < functions) {
                    cm.rememberRequest(mad.sourceLid, mad.localCommId, slave);
                }
                return slave;
            }
            default -> {
                // mlx4_ib_demux_cm_handler: every other CM MAD, a REJ included, is routed by its remote comm ID
                // through id_map first; only a REJ(timeout) that misses falls back to rej_tmout (since 5/6).
                CmParavirt.IdMapEntry entry = cm.lookupPv(mad.remoteCommId);
                if (entry == null) {
                    int slave = mad.type == MadType.CM_REJ_TIMEOUT && profile.rejTimeoutProxied()
                            ? cm.slaveForRejectTimeout(mad.sourceLid, mad.localCommId) : -1;
                    if (slave < 0) {
                        drop(port, mad.destinationFunction, mad, Direction.INGRESS, DropCause.D5_CM_ID_MISS);
                    }
                    return slave;
                }
                mad.remoteCommId = entry.slaveCommId;
                // An ingress DREQ or REJ schedules the entry's deletion (schedule_delayed; the REJ since
                // ea660ad7c1c4 "IB/mlx4: Fix leak in id_map_find_del", v5.6, which replaced the immediate
                // id_map_find_del). Egress, only a DREQ does (mlx4_ib_multiplex_cm_handler).
                if (mad.type == MadType.CM_DREQ || mad.type == MadType.CM_REJ_TIMEOUT) {
                    cm.scheduleCleanup(entry);
                }
                return entry.slave;
            }
        }
    }

    /** {@code mlx4_ib_send_to_slave}: state check, reservation on the slave's tunnel QP, post. */
    private void sendToSlave(int port, int slave, Mad mad) {
        PvContext tunnel = tunnels[port - 1][slave];
        if (!tunnel.active) {
            drop(port, slave, mad, Direction.INGRESS,
                    tunnel.resetting ? DropCause.VF_RESET : DropCause.D6_CONTEXT_NOT_ACTIVE);
            return;
        }
        if (!reserve(tunnel, mad)) {
            drop(port, slave, mad, Direction.INGRESS, DropCause.D2_TUNNEL_RING_FULL);
            return;
        }
        tunnel.posted(mad);
    }

    /** Reserves a send slot on {@code target}'s QP for {@code mad} ({@code mlx4_ib_post_pv_qp_buf}'s check). */
    private boolean reserve(PvContext target, Mad mad) {
        PvQp qp = target.qp(mad.qp);
        boolean reserved = qp.reserve(context.sim.nowNs()) >= 0;
        if (context.trace != null) {
            context.trace.ring(reserved ? TraceEventKind.RING_RESERVE : TraceEventKind.RING_FULL, target.traceId,
                    mad.qp.ordinal(), qp.outstanding());
        }
        return reserved;
    }

    // --- results ---------------------------------------------------------------------------------------------------

    /** Appends ring and CQ statistics in (port, wire first, function) order. */
    public void addStats(List<RingStats> rings, List<CqStats> cqs) {
        for (int p = 0; p < wires.length; p++) {
            wires[p].addStats(rings, cqs);
            for (PvContext tunnel : tunnels[p]) {
                tunnel.addStats(rings, cqs);
            }
        }
    }

    /** Largest number of unpolled CQEs any context of this proxy ever held. */
    public long maxCqOccupancy() {
        long max = 0;
        for (int p = 0; p < wires.length; p++) {
            max = Math.max(max, wires[p].cq.maxOccupancy());
            for (PvContext tunnel : tunnels[p]) {
                max = Math.max(max, tunnel.cq.maxOccupancy());
            }
        }
        return max;
    }
}
