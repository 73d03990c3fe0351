package io.hcastudio.analysis.result;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cmtime steps of every connection of one session, in connection order, as results keep them: per step a
 * column of issue times, step times and retries, and per connection the step it failed in. Columns of primitives
 * rather than an object per connection, since a run holds tens of thousands of connections. Immutable; equal
 * contents are equal.
 */
public final class ConnectionSteps {

    /** Time of a step that was never issued or did not complete. */
    public static final long NOT_REACHED = -1;

    private static final byte NOT_FAILED = -1;

    /**
     * One step over all connections of the session.
     *
     * @param startNs issue time per connection in ns, {@link #NOT_REACHED} when never issued
     * @param stepNs  issue to completion (success or failure) in ns, {@link #NOT_REACHED} when not completed
     * @param retries route queries re-sent after an SA timeout, REQ or DREQ retransmissions
     */
    private record StepColumn(long[] startNs, long[] stepNs, int[] retries) {

        public StepColumn {
            if (stepNs.length != startNs.length || retries.length != startNs.length) {
                throw new IllegalArgumentException("a step column needs one start, step time and retry count per"
                        + " connection, got " + startNs.length + ", " + stepNs.length + " and " + retries.length);
            }
            startNs = startNs.clone();
            stepNs = stepNs.clone();
            retries = retries.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StepColumn that && Arrays.equals(startNs, that.startNs)
                    && Arrays.equals(stepNs, that.stepNs) && Arrays.equals(retries, that.retries);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(startNs) + Arrays.hashCode(stepNs)) + Arrays.hashCode(retries);
        }

        @Override
        public String toString() {
            return "StepColumn[" + startNs.length + " connections]";
        }
    }

    /** Collects the steps of a session connection by connection, for a store reader or an engine result. */
    public static final class Builder {

        private final Map<CmtimeStep, long[][]> times = new EnumMap<>(CmtimeStep.class);
        private final Map<CmtimeStep, int[]> retries = new EnumMap<>(CmtimeStep.class);
        private final byte[] failedStep;

        /** A session of {@code connections} connections that reached no step yet and failed in none. */
        public Builder(int connections) {
            for (CmtimeStep step : CmtimeStep.values()) {
                long[] start = new long[connections];
                long[] stepTime = new long[connections];
                Arrays.fill(start, NOT_REACHED);
                Arrays.fill(stepTime, NOT_REACHED);
                times.put(step, new long[][] {start, stepTime});
                retries.put(step, new int[connections]);
            }
            failedStep = new byte[connections];
            Arrays.fill(failedStep, NOT_FAILED);
        }

        /** What {@code step} of {@code connection} took; times are {@link #NOT_REACHED} where it got no further. */
        public Builder step(int connection, CmtimeStep step, long startNs, long stepNs, int retryCount) {
            times.get(step)[0][connection] = startNs;
            times.get(step)[1][connection] = stepNs;
            retries.get(step)[connection] = retryCount;
            return this;
        }

        /** The connection was given up in {@code step}. */
        public Builder failed(int connection, CmtimeStep step) {
            failedStep[connection] = (byte) step.ordinal();
            return this;
        }

        public ConnectionSteps build() {
            Map<CmtimeStep, StepColumn> columns = new EnumMap<>(CmtimeStep.class);
            times.forEach((step, column) -> columns.put(step, new StepColumn(column[0], column[1],
                    retries.get(step))));
            return new ConnectionSteps(columns, failedStep);
        }
    }

    private final Map<CmtimeStep, StepColumn> columns;
    private final byte[] failedStep;

    /**
     * @param columns    one column per step, each as long as {@code failedStep}
     * @param failedStep per connection the {@link CmtimeStep} ordinal it failed in, or -1
     */
    private ConnectionSteps(Map<CmtimeStep, StepColumn> columns, byte[] failedStep) {
        this.columns = new EnumMap<>(CmtimeStep.class);
        for (CmtimeStep step : CmtimeStep.values()) {
            StepColumn column = columns.get(step);
            if (column == null || column.startNs.length != failedStep.length) {
                throw new IllegalArgumentException("step " + step.label() + " needs a column of "
                        + failedStep.length + " connections");
            }
            this.columns.put(step, column);
        }
        for (byte step : failedStep) {
            if (step < NOT_FAILED || step >= CmtimeStep.values().length) {
                throw new IllegalArgumentException("no step " + step);
            }
        }
        this.failedStep = failedStep.clone();
    }

    /** Number of connections. */
    public int size() {
        return failedStep.length;
    }

    /** Issue time of {@code step} in ns, or {@link #NOT_REACHED}. */
    public long startNs(int connection, CmtimeStep step) {
        return columns.get(step).startNs[connection];
    }

    /** Step time (issue to completion) in ns, or {@link #NOT_REACHED} when the step did not complete. */
    public long stepNs(int connection, CmtimeStep step) {
        return columns.get(step).stepNs[connection];
    }

    /** Retries {@code step} needed. */
    public int retries(int connection, CmtimeStep step) {
        return columns.get(step).retries[connection];
    }

    /** The step the connection was given up in; empty when it did not fail. */
    public Optional<CmtimeStep> failedStep(int connection) {
        byte step = failedStep[connection];
        return step == NOT_FAILED ? Optional.empty() : Optional.of(CmtimeStep.values()[step]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionSteps that && columns.equals(that.columns)
                && Arrays.equals(failedStep, that.failedStep);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(failedStep);
    }

    @Override
    public String toString() {
        return "ConnectionSteps[connections=" + size() + "]";
    }
}
