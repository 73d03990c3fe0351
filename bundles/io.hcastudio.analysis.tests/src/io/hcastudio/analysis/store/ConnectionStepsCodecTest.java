package io.hcastudio.analysis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSteps;

class ConnectionStepsCodecTest {

    @Test
    void stepsSurviveTheRoundTrip() {
        ConnectionSteps.Builder builder = new ConnectionSteps.Builder(4);
        builder.step(0, CmtimeStep.RESOLVE_ROUTE, 0, 0, 0);
        builder.step(1, CmtimeStep.RESOLVE_ROUTE, 5_000_000_000L, 70, 3);
        // Issue times out of order, never issued, issued but not completed, failed.
        builder.step(2, CmtimeStep.RESOLVE_ROUTE, 1_000, ConnectionSteps.NOT_REACHED, 1);
        builder.failed(2, CmtimeStep.RESOLVE_ROUTE);
        builder.step(3, CmtimeStep.RESOLVE_ROUTE, Long.MAX_VALUE - 1, Long.MAX_VALUE - 1, Integer.MAX_VALUE);
        builder.step(1, CmtimeStep.CONNECT, 5_000_000_100L, 12_345, 0);
        builder.step(3, CmtimeStep.DISCONNECT, 7, ConnectionSteps.NOT_REACHED, 0);
        builder.failed(3, CmtimeStep.DISCONNECT);
        ConnectionSteps steps = builder.build();

        assertEquals(steps, ConnectionStepsCodec.decode(ConnectionStepsCodec.encode(steps), 4));
    }

    @Test
    void aSessionOfSteadyConnectionsTakesAFewBytesAStep() {
        int connections = 800;
        ConnectionSteps.Builder builder = new ConnectionSteps.Builder(connections);
        for (int connection = 0; connection < connections; connection++) {
            long startNs = 2_000_000L + 1_500L * connection;
            builder.step(connection, CmtimeStep.RESOLVE_ROUTE, startNs, 40_000 + connection % 7, 0);
            builder.step(connection, CmtimeStep.CONNECT, startNs + 60_000, 90_000 + connection % 11, 0);
            builder.step(connection, CmtimeStep.DISCONNECT, startNs + 400_000, 30_000, 0);
        }
        byte[] data = ConnectionStepsCodec.encode(builder.build());
        // Per step: the issue-time difference 2 bytes (the first connection's more), the step time 3, the retries 1;
        // then the failed step 1.
        assertTrue(data.length <= connections * (3 * 6 + 1) + 3 * 3, data.length + " bytes");
    }

    @Test
    void truncatedOrOverlongDataIsRejected() {
        ConnectionSteps.Builder builder = new ConnectionSteps.Builder(2);
        builder.step(1, CmtimeStep.CONNECT, 300, 400, 2);
        byte[] data = ConnectionStepsCodec.encode(builder.build());
        assertThrows(IllegalArgumentException.class,
                () -> ConnectionStepsCodec.decode(Arrays.copyOf(data, data.length - 1), 2));
        assertThrows(IllegalArgumentException.class, () -> ConnectionStepsCodec.decode(data, 1));
        byte[] noSuchStep = data.clone();
        noSuchStep[noSuchStep.length - 1] = (byte) (CmtimeStep.values().length + 1);
        assertThrows(IllegalArgumentException.class, () -> ConnectionStepsCodec.decode(noSuchStep, 2));
    }
}
