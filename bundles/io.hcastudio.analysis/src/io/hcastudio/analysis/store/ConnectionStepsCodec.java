package io.hcastudio.analysis.store;

import java.io.ByteArrayOutputStream;

import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSteps;

/**
 * Packs the cmtime steps of one session into a compact, deterministic blob ({@link Varints}), column by column: for
 * every step its issue times (0 when never issued, else 1 + the zig-zag difference to the previous connection's
 * issue time of that step that was issued), its step times (0 when not completed, else 1 + the time) and its retries;
 * then per connection 0, or 1 + the ordinal of the step it failed in. Issue times grow with the connection index and
 * step times are short, so a connection's step takes 4-8 bytes where a table row took about 50.
 */
final class ConnectionStepsCodec {

    private ConnectionStepsCodec() {
    }

    static byte[] encode(ConnectionSteps steps) {
        int connections = steps.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(connections * 8 * CmtimeStep.values().length);
        for (CmtimeStep step : CmtimeStep.values()) {
            long previousStart = 0;
            for (int connection = 0; connection < connections; connection++) {
                long startNs = steps.startNs(connection, step);
                if (startNs == ConnectionSteps.NOT_REACHED) {
                    Varints.write(out, 0);
                } else {
                    Varints.write(out, 1 + Varints.zigZag(startNs - previousStart));
                    previousStart = startNs;
                }
            }
            for (int connection = 0; connection < connections; connection++) {
                long stepNs = steps.stepNs(connection, step);
                Varints.write(out, stepNs == ConnectionSteps.NOT_REACHED ? 0 : 1 + stepNs);
            }
            for (int connection = 0; connection < connections; connection++) {
                Varints.write(out, steps.retries(connection, step));
            }
        }
        for (int connection = 0; connection < connections; connection++) {
            Varints.write(out, steps.failedStep(connection).map(step -> 1 + step.ordinal()).orElse(0));
        }
        return out.toByteArray();
    }

    static ConnectionSteps decode(byte[] data, int connections) {
        ConnectionSteps.Builder steps = new ConnectionSteps.Builder(connections);
        Varints.Reader in = new Varints.Reader(data, "connection steps");
        long[] startNs = new long[connections];
        long[] stepNs = new long[connections];
        for (CmtimeStep step : CmtimeStep.values()) {
            long previousStart = 0;
            for (int connection = 0; connection < connections; connection++) {
                long value = in.next();
                if (value == 0) {
                    startNs[connection] = ConnectionSteps.NOT_REACHED;
                } else {
                    previousStart += Varints.unZigZag(value - 1);
                    startNs[connection] = previousStart;
                }
            }
            for (int connection = 0; connection < connections; connection++) {
                long value = in.next();
                stepNs[connection] = value == 0 ? ConnectionSteps.NOT_REACHED : value - 1;
            }
            for (int connection = 0; connection < connections; connection++) {
                long retries = in.next();
                if (retries > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("connection steps hold " + retries + " retries");
                }
                steps.step(connection, step, startNs[connection], stepNs[connection], (int) retries);
            }
        }
        for (int connection = 0; connection < connections; connection++) {
            long failed = in.next();
            if (failed > CmtimeStep.values().length) {
                throw new IllegalArgumentException("connection steps name no step " + (failed - 1));
            }
            if (failed > 0) {
                steps.failed(connection, CmtimeStep.values()[(int) failed - 1]);
            }
        }
        in.requireEnd(connections + " connections");
        return steps.build();
    }
}
