package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.FabricConfig;
import io.hcastudio.sim.config.FabricPort;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.kernel.RandomStreams;
import io.hcastudio.sim.kernel.Simulator;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.DropCount;
import io.hcastudio.sim.metrics.QpType;
import io.hcastudio.sim.model.Fabric;
import io.hcastudio.sim.model.Mad;
import io.hcastudio.sim.model.MadAgent;
import io.hcastudio.sim.model.MadType;
import io.hcastudio.sim.model.ModelContext;


import org.junit.jupiter.api.Test;

/**
 * The PF's id_map cleanup on an ingress REJ (mlx4_ib_demux_cm_handler → schedule_delayed, since ea660ad7c1c4): the
 * entry goes {@code CM_CLEANUP_CACHE_TIMEOUT} after the REJ passed the PF, even when the REJ itself is lost later.
 */
class CmCleanupTest {

    private static final long MS = 1_000_000L;
    private static final int SLAVE_COMM_ID = 7;
    /** The first pv_cm_id the PF hands out. */
    private static final int PV_COMM_ID = 1;

    /** D5 drops of a DREQ that reaches the PF 2 s after an (optional) REJ, with a 1 s cache life. */
    private static long idMissesOfALateDreq(boolean rejFirst) {
        Simulator sim = new Simulator();
        ModelContext context = new ModelContext(sim, TimingConfig.defaults(),
                CmParameters.builder().cmIdCacheLifeMs(1_000).build(), MetricsSettings.defaults(),
                new RandomStreams(1));
        Fabric fabric = new Fabric(context, FabricConfig.defaults());
        int peerLid = fabric.attach(mad -> { }, FabricPort.of("peer", 1));
        Mlx4Proxy proxy = new Mlx4Proxy(context, fabric, "h", 1, 1, DriverConfig.profileC(), TimingConfig.defaults());
        // No receive buffers at the function: whatever the PF forwards to it is lost there (FUNCTION_RX_OVERRUN).
        MadAgent agent = new MadAgent(context, TimingConfig.defaults(), "h", 0, 1, 128, 0, proxy);
        agent.setLid(proxy.lid(1));
        proxy.setAgent(0, 1, agent);

        Mad req = context.newMad(MadType.CM_REQ, QpType.GSI, proxy.lid(1), 0, peerLid, 0, null);
        req.localCommId = SLAVE_COMM_ID;
        agent.send(req);
        if (rejFirst) {
            sim.scheduleAt(10 * MS, 0, (type, data) -> proxy.injectWireReceive(1, ingress(context, proxy, peerLid,
                    MadType.CM_REJ_TIMEOUT)), 0, null);
        }
        sim.scheduleAt(2_010 * MS, 0, (type, data) -> proxy.injectWireReceive(1, ingress(context, proxy, peerLid,
                MadType.CM_DREQ)), 0, null);
        while (sim.step()) {
            // run to the end
        }
        // The REJ (if any) and a DREQ that still finds its entry both pass the PF and are lost at the function.
        long passedThePf = count(context, DropCause.FUNCTION_RX_OVERRUN);
        long idMisses = count(context, DropCause.D5_CM_ID_MISS);
        assertEquals(rejFirst ? 2 : 1, passedThePf + idMisses);
        assertEquals(1, passedThePf, "the REJ, or the DREQ without a REJ before it");
        return idMisses;
    }

    private static Mad ingress(ModelContext context, Mlx4Proxy proxy, int peerLid, MadType type) {
        Mad mad = context.newMad(type, QpType.GSI, peerLid, 0, proxy.lid(1), 0, null);
        mad.localCommId = 99;
        mad.remoteCommId = PV_COMM_ID;
        return mad;
    }

    private static long count(ModelContext context, DropCause cause) {
        return context.drops.toList().stream().filter(d -> d.cause() == cause).mapToLong(DropCount::count).sum();
    }

    @Test
    void aRejThatIsLostAtTheFunctionStillFreesTheIdMapEntry() {
        assertEquals(0, idMissesOfALateDreq(false), "without the REJ the REQ's entry lives on");
        assertEquals(1, idMissesOfALateDreq(true), "the REJ scheduled its deletion 1 s later");
    }
}
