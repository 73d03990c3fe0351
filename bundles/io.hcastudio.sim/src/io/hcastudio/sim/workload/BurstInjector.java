package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.mlx4.Mlx4Proxy;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;

/**
 * Places a burst of MADs on a tunnel RX ring (outbound, spec T1) or the wire RX ring (inbound, spec T2) at one
 * instant, with nothing else in flight. On a host without the proxy (a bare port: mlx5, or mlx4 without SR-IOV)
 * an inbound burst lands in the function's own QP1 receive queue, as the HCA delivers it there directly.
 */
public final class BurstInjector implements EventTarget {

    private static final int OUTBOUND = 0;
    private static final int INBOUND = 1;

    private final ModelContext context;
    private final Mlx4Proxy proxy;
    /** Per port (index 1..), the function of a bare host; null behind a proxy. */
    private final MadAgent[] barePorts;
    private final int sinkLid;

    public BurstInjector(ModelContext context, Mlx4Proxy proxy, int sinkLid) {
        this(context, proxy, null, sinkLid);
    }

    private BurstInjector(ModelContext context, Mlx4Proxy proxy, MadAgent[] barePorts, int sinkLid) {
        this.context = context;
        this.proxy = proxy;
        this.barePorts = barePorts;
        this.sinkLid = sinkLid;
    }

    /** Inbound bursts for a bare host whose function's agents are {@code portAgents[port]}. */
    public static BurstInjector bare(ModelContext context, MadAgent[] portAgents, int sinkLid) {
        return new BurstInjector(context, null, portAgents, sinkLid);
    }

    public void schedule(OutboundBurstConfig burst) {
        context.sim.scheduleAt(burst.atNs(), 0, this, OUTBOUND, burst);
    }

    public void schedule(InboundBurstConfig burst) {
        context.sim.scheduleAt(burst.atNs(), 0, this, INBOUND, burst);
    }

    @Override
    public void onEvent(int type, Object data) {
        if (type == OUTBOUND) {
            OutboundBurstConfig burst = (OutboundBurstConfig) data;
            int lid = proxy.lid(burst.port());
            for (int i = 0; i < burst.mads(); i++) {
                Mad mad = context.newMad(MadType.PATH_RECORD_GET, QpType.GSI, lid, burst.function(), sinkLid, 0,
                        null);
                mad.tid = i + 1;
                proxy.injectTunnelReceive(burst.function(), burst.port(), mad);
            }
        } else {
            InboundBurstConfig burst = (InboundBurstConfig) data;
            int lid = proxy != null ? proxy.lid(burst.port()) : barePorts[burst.port()].lid();
            for (int i = 0; i < burst.mads(); i++) {
                Mad mad = context.newMad(MadType.PATH_RECORD_GET_RESP, QpType.GSI, sinkLid, 0, lid, burst.slave(),
                        null);
                mad.tid = ((long) burst.slave() << 56) | (i + 1);
                if (proxy != null) {
                    proxy.injectWireReceive(burst.port(), mad);
                } else {
                    barePorts[burst.port()].receiveFromHardware(mad);
                }
            }
        }
    }
}
