package io.hcastudio.analysis.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.hcastudio.analysis.chart.ChartedRun;
import io.hcastudio.analysis.chart.RingTrace;
import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSummary;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.sim.config.DriverConfig;

/**
 * The figures of one run that a report shows, in one column of its before/after table. Reports read only this,
 * never the raw result, so a run from the engine and one read back from a results store report alike.
 *
 * @param label                 column heading, e.g. {@code profile B}
 * @param profile               driver profile of the SR-IOV hosts under test
 * @param seed                  replication seed
 * @param outcome               why the run ended ({@code COMPLETED} unless it was cut short)
 * @param madsSent              MADs created by the workloads
 * @param drops                 MADs dropped per cause, every cause present
 * @param connectionsAttempted  cmtime connections requested
 * @param connectionsFailed     connections given up (route or connect phase)
 * @param connectionsDelayed    connections that needed a timeout-driven retransmission
 * @param worstRouteNs          longest resolve_route step in ns (SA path query), 0 without cmtime
 * @param worstConnectNs        longest connect step in ns
 * @param worstDisconnectNs     longest disconnect step in ns, 0 without cmtime
 * @param wireOccupancy         send-ring occupancy of the busiest wire QP, for the HTML chart
 * @param recoveries            recovery after each network event and fault, in scenario order
 */
public record RunFigures(String label, DriverConfig profile, long seed, String outcome, long madsSent,
        Map<DropCause, Long> drops,
        long connectionsAttempted, long connectionsFailed, long connectionsDelayed, long worstRouteNs,
        long worstConnectNs, long worstDisconnectNs, RingTrace wireOccupancy, List<RecoveryFigure> recoveries) {

    public RunFigures {
        drops = ChartedRun.everyCause(drops);
        recoveries = List.copyOf(recoveries);
    }

    /**
     * The figures of a completed run, fresh from the engine or read back from a results store.
     *
     * @param profile the driver profile the run's SR-IOV hosts ran (a store keeps only its label)
     */
    public static RunFigures of(String label, DriverConfig profile, CompletedRun run) {
        RunRecord record = run.record();
        EnumMap<DropCause, Long> drops = new EnumMap<>(DropCause.class);
        for (DropCause cause : DropCause.values()) {
            drops.put(cause, record.drops(cause));
        }
        ConnectionSummary connections = record.connections();
        return new RunFigures(label, profile, record.seed(), record.outcome().name(), record.mads().created(), drops,
                connections.attempted(), record.connectionsFailed(), connections.delayed(),
                connections.worstStepNs(CmtimeStep.RESOLVE_ROUTE), connections.worstConnectNs(),
                connections.worstStepNs(CmtimeStep.DISCONNECT), RingTrace.busiestWireSendRing(record, run.series()),
                record.recoveries());
    }

    /** MADs dropped for any cause. */
    public long totalDrops() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The run as the comparison charts show it. */
    public ChartedRun charted() {
        return new ChartedRun(label, drops, wireOccupancy);
    }
}
