package io.hcastudio.sim.workload;

import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.kernel.EventTarget;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.mlx4.Mlx4Proxy;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;

/**
 * Places a burst of MADs on a tunnel RX ring (outbound, spec T1) or the wire RX ring (inbound, spec T2) at one
 * instant, with nothing else in flight.
 */
public final class BurstInjector implements EventTarget {

    private static final int OUTBOUND = 0;
    private static final int INBOUND = 1;

    private final ModelContext context;
    private final Mlx4Proxy proxy;
    private final int sinkLid;

    public BurstInjector(ModelContext context, Mlx4Proxy proxy, int sinkLid) {
        this.context = context;
        this.proxy = proxy;
        this.sinkLid = sinkLid;
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
            int lid = proxy.lid(burst.port());
            for (int i = 0; i < burst.mads(); i++) {
                Mad mad = context.newMad(MadType.PATH_RECORD_GET_RESP, QpType.GSI, sinkLid, 0, lid, burst.slave(),
                        null);
                mad.tid = ((long) burst.slave() << 56) | (i + 1);
                proxy.injectWireReceive(burst.port(), mad);
            }
        }
    }
}
