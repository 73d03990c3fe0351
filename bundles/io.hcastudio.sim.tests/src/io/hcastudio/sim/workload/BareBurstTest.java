package io.hcastudio.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.hcastudio.sim.SimulationRunner;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.HostConfig;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.metrics.DropCause;
import io.hcastudio.sim.metrics.SimulationResult;

/**
 * A host without the proxy (mlx5, or mlx4 without SR-IOV) takes an inbound burst in its function's own QP1
 * receive queue: what fits is delivered, the rest overruns that queue; no proxy ring is involved.
 */
class BareBurstTest {

    private static SimulationResult burst(int mads) {
        HostConfig host = HostConfig.bare("cx5", 1);
        return SimulationRunner.run(SimulationConfig.of(List.of(host),
                List.of(new InboundBurstConfig("cx5", 0, 1, mads, 0))));
    }

    @Test
    void aBurstThatFitsTheReceiveQueueIsDeliveredWhole() {
        SimulationResult result = burst(DriverConfig.DEFAULT_MAD_RECV_QUEUE);
        assertEquals(0, result.totalDrops());
        assertEquals(DriverConfig.DEFAULT_MAD_RECV_QUEUE, result.mads().delivered());
    }

    @Test
    void aLargerBurstOverrunsTheFunctionsReceiveQueueOnly() {
        SimulationResult result = burst(DriverConfig.DEFAULT_MAD_RECV_QUEUE + 300);
        assertEquals(300, result.drops(DropCause.FUNCTION_RX_OVERRUN));
        assertEquals(300, result.totalDrops());
    }
}
