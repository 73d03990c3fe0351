package io.hcastudio.sim.metrics;

import io.hcastudio.sim.kernel.RunOutcome;

import java.util.List;

/**
 * Immutable outcome of one run. All lists are in a deterministic order (host, port, function, QP, direction,
 * cause), so equal configs and seeds give equal results and equal {@link #toString()} output.
 *
 * @param outcome         why the run ended; anything but COMPLETED means partial results
 * @param seed            the seed the run was given
 * @param endTimeNs       simulated time at the end of the run in ns
 * @param eventsProcessed events dispatched by the kernel
 * @param drops           non-zero drop counters
 * @param rings           every proxy QP ring
 * @param cqs             every proxy CQ
 * @param series          occupancy series of every ring and CQ that changed
 * @param madLatency      end-to-end latency of delivered MADs
 * @param mads            MAD fate accounting
 * @param connections     cmtime results (empty sessions when no cmtime workload ran)
 * @param connectionSteps per-connection cmtime steps of every session, parallel to {@code connections.sessions()};
 *                        its {@link ConnectionSteps#toString()} summarises, so this record's string stays short
 * @param recoveries      how the connections came back after each network event and fault, in config order
 * @param reactions       what the network events made the drivers and stacks do
 */
public record SimulationResult(RunOutcome outcome, long seed, long endTimeNs, long eventsProcessed,
        List<DropCount> drops, List<RingStats> rings, List<CqStats> cqs, List<OccupancySeries> series,
        LatencyHistogram madLatency, MadAccounting mads, ConnectionSummary connections,
        List<ConnectionSteps> connectionSteps, List<RecoveryFigure> recoveries, ReactionCounters reactions) {

    public SimulationResult {
        drops = List.copyOf(drops);
        rings = List.copyOf(rings);
        cqs = List.copyOf(cqs);
        series = List.copyOf(series);
        connectionSteps = List.copyOf(connectionSteps);
        recoveries = List.copyOf(recoveries);
    }

    /** MADs dropped for {@code cause} anywhere. */
    public long drops(DropCause cause) {
        long total = 0;
        for (DropCount drop : drops) {
            if (drop.cause() == cause) {
                total += drop.count();
            }
        }
        return total;
    }

    /** MADs dropped for {@code cause} on {@code host}. */
    public long drops(DropCause cause, String host) {
        long total = 0;
        for (DropCount drop : drops) {
            if (drop.cause() == cause && drop.host().equals(host)) {
                total += drop.count();
            }
        }
        return total;
    }

    /** MADs dropped for any cause. */
    public long totalDrops() {
        long total = 0;
        for (DropCount drop : drops) {
            total += drop.count();
        }
        return total;
    }

    /** True when the run ended because the monitor cancelled it. */
    public boolean cancelled() {
        return outcome == RunOutcome.CANCELLED;
    }
}
