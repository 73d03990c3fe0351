package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.ContextOutage;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.Interface;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.config.TimingConfig;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.SimulationResult;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CM paravirtualisation (spec §2.8) and the not-ACTIVE drop (D6). */
class CmParavirtTest {

    /** One connection to an SR-IOV server whose accept outlasts the 6144 ms REQ timeout. */
    private static SimulationResult slowAccept(DriverConfig serverProfile) {
        SimulationConfig config = SimulationConfig.builder(
                List.of(HostConfig.bare("client", 1), HostConfig.sriov("server", 2, 1, serverProfile)),
                List.of(CmtimeSession.of(new Interface("client", 0, 1), new Interface("server", 1, 1), 1)))
                .timing(TimingConfig.builder().acceptCostNs(7_000_000_000L).build()).build();
        return SimulationRunner.run(config);
    }

    @Test
    void mraFromAVfIsDroppedBeforePatch2AndProxiedAfter() {
        SimulationResult pre = slowAccept(DriverConfig.profileA());
        assertEquals(1, pre.drops(DropCause.D5_CM_ID_MISS), "the MRA after the duplicate REQ");
        assertEquals(1, pre.connections().counters().mraSent());
        assertEquals(0, pre.connections().counters().mraReceived());
        assertEquals(1, pre.connections().established());

        SimulationResult post = slowAccept(DriverConfig.profileC());
        assertEquals(0, post.totalDrops());
        assertEquals(1, post.connections().counters().mraReceived());
        assertEquals(1, post.connections().established());
        assertEquals(1, post.connections().counters().reqRetries(), "the duplicate REQ that triggered the MRA");
    }

    @Test
    void postsThroughAContextThatIsNotActiveFailWithD6() {
        SimulationConfig config = SimulationConfig.of(
                List.of(HostConfig.sriov("h", 1, 1, DriverConfig.profileC())),
                List.of(new ContextOutage("h", 1, ContextOutage.WIRE, 0, 100_500),
                        new OutboundBurstConfig("h", 0, 1, 100, 0)));
        SimulationResult result = SimulationRunner.run(config);
        // The tunnel work starts at 25 us and multiplexes one MAD per 1.5 us; the wire is back at 100.5 us.
        assertEquals(50, result.drops(DropCause.D6_CONTEXT_NOT_ACTIVE));
        assertEquals(50, result.mads().delivered());
    }
}
