package io.hcastudio.sim.mlx4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hcastudio.sim.config.DriverConfig;
import io.hcastudio.sim.config.MetricsSettings;
import io.hcastudio.sim.metrics.OccupancyRecorder;
import io.hcastudio.sim.metrics.QpType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §6.1 T3. */
class RingArithmeticTest {

    private static PvQp ring(int size) {
        MetricsSettings settings = MetricsSettings.defaults();
        return new PvQp(QpType.GSI, size, new OccupancyRecorder("tx", settings), new OccupancyRecorder("rx", settings));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 256, 512, 2048})
    void acceptsExactlyNMinusOnePostsWithoutAReap(int size) {
        PvQp qp = ring(size);
        for (int i = 1; i <= size - 1; i++) {
            int slot = qp.reserve(i);
            assertEquals(i & (size - 1), slot, "slot = head & (N - 1)");
        }
        assertEquals(-1, qp.reserve(size), "the N-th post fails with -EAGAIN");
        assertEquals(size - 1, qp.outstanding());
        qp.release(size + 1);
        assertTrue(qp.reserve(size + 2) >= 0, "one reap frees exactly one slot");
        assertEquals(-1, qp.reserve(size + 3));
        var stats = qp.stats("h", 1, 0);
        assertEquals(size, stats.sends());
        assertEquals(1, stats.reaps());
        assertEquals(2, stats.sendRejects());
        assertEquals(size - 1, stats.maxOutstanding());
    }

    @Test
    void countersWrapAroundTheRingManyTimes() {
        PvQp qp = ring(4);
        for (int i = 0; i < 1000; i++) {
            assertTrue(qp.reserve(i) >= 0);
            assertTrue(qp.reserve(i) >= 0);
            qp.release(i);
            qp.release(i);
        }
        assertEquals(0, qp.outstanding());
    }

    @Test
    void receiveRingOverrunsWhenNoBufferIsPosted() {
        PvQp qp = ring(4);
        for (int i = 0; i < 4; i++) {
            assertTrue(qp.takeReceiveBuffer(i));
        }
        assertTrue(!qp.takeReceiveBuffer(5));
        qp.repostReceiveBuffer(6);
        assertTrue(qp.takeReceiveBuffer(7));
        assertEquals(1, qp.stats("h", 1, 0).receiveOverruns());
    }

    @Test
    void ringSizesMustBePowersOfTwoAndTheErrorNamesTheField() {
        var wire = assertThrows(IllegalArgumentException.class,
                () -> DriverConfig.profileC().toBuilder().wireRingSize(2000).build());
        assertTrue(wire.getMessage().contains("wireRingSize"), wire.getMessage());
        var tunnel = assertThrows(IllegalArgumentException.class,
                () -> DriverConfig.profileC().toBuilder().tunnelRingSize(500).build());
        assertTrue(tunnel.getMessage().contains("tunnelRingSize"), tunnel.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DriverConfig.builder("no rings").build());
    }
}
