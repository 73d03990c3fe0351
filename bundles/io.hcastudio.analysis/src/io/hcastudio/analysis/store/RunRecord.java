package io.hcastudio.analysis.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.analysis.result.ConnectionSummary;
import io.hcastudio.analysis.result.CqStats;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.result.LatencyHistogram;
import io.hcastudio.analysis.result.MadAccounting;
import io.hcastudio.analysis.result.ReactionCounters;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.result.RingStats;
import io.hcastudio.analysis.result.RunOutcome;

/**
 * One stored run: where it sits in its study, its seed and everything it measured except the occupancy series
 * (which {@link StudyResults#series(int)} loads on demand). Drops, rings and CQs are kept in (host, port,
 * function, QP, direction, cause) order, so a record read back from a store equals the one that was written.
 *
 * @param runId           position in the study: {@code pointIndex × replications + replication}
 * @param pointIndex      sweep point
 * @param replication     replication within the point, 0-based
 * @param seed            engine seed of this run
 * @param parameters      swept parameter values of the point, in the study's parameter order
 * @param profile         driver profile label(s) the HCAs ran, e.g. {@code B} or {@code B+C}
 * @param toolVersion     version of the tool that produced the run
 * @param outcome         why the engine stopped (a cancelled run is no result)
 * @param endTimeNs       simulated time at the end in ns
 * @param eventsProcessed events the engine dispatched
 * @param drops           drop counters per host, port, function, QP, direction and cause
 * @param rings           every proxy QP ring
 * @param cqs             every proxy CQ
 * @param madLatency      MAD end-to-end latency histogram
 * @param mads            MAD fate accounting
 * @param connections     cmtime results: totals, phase step statistics, CM counters, sessions
 * @param recoveries      recovery after each network event and fault, in scenario order (empty without them)
 * @param reactions       what the network events made the drivers and stacks do
 */
public record RunRecord(int runId, int pointIndex, int replication, long seed, Map<String, String> parameters,
        String profile, String toolVersion, RunOutcome outcome, long endTimeNs, long eventsProcessed,
        List<DropCount> drops, List<RingStats> rings, List<CqStats> cqs, LatencyHistogram madLatency,
        MadAccounting mads, ConnectionSummary connections, List<RecoveryFigure> recoveries,
        ReactionCounters reactions) {

    private static final Comparator<DropCount> DROP_ORDER = Comparator.comparing(DropCount::host)
            .thenComparingInt(DropCount::port).thenComparingInt(DropCount::function).thenComparing(DropCount::qp)
            .thenComparing(DropCount::direction).thenComparing(DropCount::cause);
    private static final Comparator<RingStats> RING_ORDER = Comparator.comparing(RingStats::host)
            .thenComparingInt(RingStats::port).thenComparingInt(RingStats::function).thenComparing(RingStats::qp);
    private static final Comparator<CqStats> CQ_ORDER = Comparator.comparing(CqStats::host)
            .thenComparingInt(CqStats::port).thenComparingInt(CqStats::function);

    public RunRecord {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        // One canonical order, whatever order the engine or a database query delivered.
        drops = drops.stream().sorted(DROP_ORDER).toList();
        rings = rings.stream().sorted(RING_ORDER).toList();
        cqs = cqs.stream().sorted(CQ_ORDER).toList();
        recoveries = List.copyOf(recoveries);
    }

    /** Affected connections that never came back, over every incident. */
    public long neverRecovered() {
        return recoveries.stream().mapToLong(RecoveryFigure::neverRecovered).sum();
    }

    /** The longest recovery of any incident, -1 when no connection recovered from one. */
    public long worstRecoveryNs() {
        return recoveries.stream().mapToLong(RecoveryFigure::recoveryNs).max().orElse(-1);
    }

    /** MADs dropped for {@code cause} anywhere. */
    public long drops(DropCause cause) {
        return drops.stream().filter(drop -> drop.cause() == cause).mapToLong(DropCount::count).sum();
    }

    /** MADs dropped for the specified causes D1-D6. */
    public long specifiedDrops() {
        return drops.stream().filter(drop -> drop.cause().isSpecified()).mapToLong(DropCount::count)
                .sum();
    }

    /** MADs dropped for any cause, including function receive overruns and proxy policy. */
    public long totalDrops() {
        return drops.stream().mapToLong(DropCount::count).sum();
    }

    /** Connections given up in route resolution or connect. */
    public long connectionsFailed() {
        return connections.failedRoute() + connections.failedConnect();
    }

    /** Largest send-ring occupancy (head − tail) over all wire QPs, or over all tunnel QPs. */
    public long maxRingOccupancy(boolean wire) {
        return rings.stream().filter(ring -> (ring.function() < 0) == wire).mapToLong(RingStats::maxOutstanding)
                .max().orElse(0);
    }

    /** Largest CQ occupancy over all proxy contexts. */
    public long maxCqOccupancy() {
        return cqs.stream().mapToLong(CqStats::maxOccupancy).max().orElse(0);
    }
}
