package io.hcastudio.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.CmParameters;
import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.SimulationConfig;
import io.hcastudio.sim.metrics.ConnectionSummary;

import org.junit.jupiter.api.Test;

/**
 * SA query retries (5f5a650999d5, v5.15): the MAD layer re-sends a lost PathRecord query after a tenth of the
 * timeout, so the drops of profile A that made connections fail in the route phase become short delays.
 */
class SaQueryRetriesTest {

    @Test
    void retriesTurnRouteFailuresIntoDelays() {
        ConnectionSummary without = run(0);
        ConnectionSummary with = run(CmParameters.KERNEL_SA_QUERY_RETRIES);
        assertTrue(without.failedRoute() > 1_000, "pre-v5.15 kernels lose connections: " + without.failedRoute());
        assertEquals(0, with.failedRoute());
        assertEquals(with.attempted(), with.established());
        assertTrue(with.delayed() > 1_000, "the losses still cost time: " + with.delayed());
    }

    @Test
    void theMadLayerSplitsTheQueryTimeoutIntoTenthsOrMilliseconds() {
        CmParameters kernel = CmParameters.builder().saQueryRetries(10).build();
        assertEquals(200, kernel.saTryTimeoutMs(2000));
        assertEquals(10, kernel.saRetransmissions(2000));
        // send_mad's special case: a timeout under the retry count becomes 1 ms tries, one per millisecond.
        assertEquals(1, kernel.saTryTimeoutMs(7));
        assertEquals(7, kernel.saRetransmissions(7));
        CmParameters old = CmParameters.defaults();
        assertEquals(2000, old.saTryTimeoutMs(2000));
        assertEquals(0, old.saRetransmissions(2000));
    }

    private static ConnectionSummary run(int saQueryRetries) {
        SimulationConfig config = Scenarios.commitScenario(DriverConfig.profileA());
        return SimulationRunner.run(config.toBuilder().cm(CmParameters.builder().saQueryRetries(saQueryRetries).build())
                .build()).connections();
    }
}
