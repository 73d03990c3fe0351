package io.hcastudio.sim.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cmtime steps of every connection of one session, in connection order: when each step was issued and when it
 * completed, its retries and the step the connection failed in. Kept as a few primitive arrays (one slot per
 * connection and step) rather than an object per connection, since a run holds tens of thousands of connections.
 * Immutable; equal contents are equal.
 */
public final class ConnectionSteps {

    /** Time of a step that was never issued or did not complete. */
    public static final long NOT_REACHED = -1;

    private static final int STEPS = CmtimeStep.values().length;
    private static final byte NOT_FAILED = -1;

    private final long[] startNs;
    private final long[] endNs;
    private final int[] retries;
    private final byte[] failedStep;

    /**
     * @param startNs    issue time per {@code connection × 3 + step} in ns, {@link #NOT_REACHED} when never issued
     * @param endNs      completion time (success or failure) per slot, {@link #NOT_REACHED} when not completed
     * @param retries    retries per slot: route queries re-sent after an SA timeout, REQ or DREQ retransmissions
     * @param failedStep per connection the {@link CmtimeStep} ordinal it failed in, or -1
     */
    public ConnectionSteps(long[] startNs, long[] endNs, int[] retries, byte[] failedStep) {
        int slots = failedStep.length * STEPS;
        if (startNs.length != slots || endNs.length != slots || retries.length != slots) {
            throw new IllegalArgumentException("expected " + slots + " step slots for " + failedStep.length
                    + " connections");
        }
        for (byte step : failedStep) {
            if (step < NOT_FAILED || step >= STEPS) {
                throw new IllegalArgumentException("no step " + step);
            }
        }
        this.startNs = startNs.clone();
        this.endNs = endNs.clone();
        this.retries = retries.clone();
        this.failedStep = failedStep.clone();
    }

    /** Number of connections. */
    public int size() {
        return failedStep.length;
    }

    /** Issue time of {@code step} in ns, or {@link #NOT_REACHED}. */
    public long startNs(int connection, CmtimeStep step) {
        return startNs[slot(connection, step)];
    }

    /** Completion time of {@code step} in ns (also when it failed), or {@link #NOT_REACHED}. */
    public long endNs(int connection, CmtimeStep step) {
        return endNs[slot(connection, step)];
    }

    /** Whether {@code step} was issued and completed, successfully or not. */
    public boolean completed(int connection, CmtimeStep step) {
        return endNs[slot(connection, step)] != NOT_REACHED;
    }

    /** Step time (issue to completion) in ns, or {@link #NOT_REACHED} when the step did not complete. */
    public long stepNs(int connection, CmtimeStep step) {
        int slot = slot(connection, step);
        return endNs[slot] == NOT_REACHED ? NOT_REACHED : endNs[slot] - startNs[slot];
    }

    /** Retries {@code step} needed. */
    public int retries(int connection, CmtimeStep step) {
        return retries[slot(connection, step)];
    }

    /** The step the connection was given up in; empty when it did not fail. */
    public Optional<CmtimeStep> failedStep(int connection) {
        byte step = failedStep[connection];
        return step == NOT_FAILED ? Optional.empty() : Optional.of(CmtimeStep.values()[step]);
    }

    /** Count, min, max and mean step time of the connections that completed {@code step}. */
    public PhaseStats phaseStats(CmtimeStep step, long wallNs) {
        return phaseStats(List.of(this), step, wallNs);
    }

    /** {@link #phaseStats} over the connections of several sessions together. */
    public static PhaseStats phaseStats(List<ConnectionSteps> sessions, CmtimeStep step, long wallNs) {
        long count = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        double sum = 0;
        for (ConnectionSteps session : sessions) {
            for (int connection = 0; connection < session.size(); connection++) {
                long stepNs = session.stepNs(connection, step);
                if (stepNs != NOT_REACHED) {
                    count++;
                    min = Math.min(min, stepNs);
                    max = Math.max(max, stepNs);
                    sum += stepNs;
                }
            }
        }
        return count == 0 ? new PhaseStats(step.label(), 0, 0, 0, 0, wallNs)
                : new PhaseStats(step.label(), count, min, max, sum / count, wallNs);
    }

    private int slot(int connection, CmtimeStep step) {
        return connection * STEPS + step.ordinal();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectionSteps that && Arrays.equals(startNs, that.startNs)
                && Arrays.equals(endNs, that.endNs) && Arrays.equals(retries, that.retries)
                && Arrays.equals(failedStep, that.failedStep);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(startNs), Arrays.hashCode(endNs),
            Arrays.hashCode(retries), Arrays.hashCode(failedStep)});
    }

    /**
     * A summary, not the rows: per step the connections that completed it, their summed step time and retries,
     * and the failures per step. Differing rows nearly always show up in the sums.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ConnectionSteps[connections=").append(size());
        for (CmtimeStep step : CmtimeStep.values()) {
            long completed = 0;
            long totalNs = 0;
            long retried = 0;
            long failed = 0;
            for (int connection = 0; connection < size(); connection++) {
                long stepNs = stepNs(connection, step);
                if (stepNs != NOT_REACHED) {
                    completed++;
                    totalNs += stepNs;
                }
                retried += retries(connection, step);
                if (failedStep[connection] == step.ordinal()) {
                    failed++;
                }
            }
            text.append(", ").append(step.label()).append("=[completed=").append(completed).append(", totalNs=")
                    .append(totalNs).append(", retries=").append(retried).append(", failed=").append(failed)
                    .append(']');
        }
        return text.append(']').toString();
    }
}
