package io.hcastudio.analysis.run;

import java.util.AbstractList;
import java.util.List;

import io.hcastudio.analysis.ToolVersion;
import io.hcastudio.analysis.result.Bucket;
import io.hcastudio.analysis.result.CmCounters;
import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSteps;
import io.hcastudio.analysis.result.ConnectionSummary;
import io.hcastudio.analysis.result.CqStats;
import io.hcastudio.analysis.result.Direction;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.result.LatencyHistogram;
import io.hcastudio.analysis.result.MadAccounting;
import io.hcastudio.analysis.result.PhaseStats;
import io.hcastudio.analysis.result.QpType;
import io.hcastudio.analysis.result.ReactionCounters;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.result.RingStats;
import io.hcastudio.analysis.result.RunOutcome;
import io.hcastudio.analysis.result.SessionResult;
import io.hcastudio.analysis.result.StepPoint;
import io.hcastudio.analysis.store.CompletedRun;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.sim.metrics.OccupancySeries;
import io.hcastudio.sim.metrics.SimulationResult;

/**
 * What the analysis keeps of an engine result, in its own result types. This is the one place that reads the
 * engine's metrics: everything above it (store, CSV, charts, reports, views) sees analysis types only, so the engine
 * can change its bookkeeping without reaching the UI. Enumerations map by name; an engine value the analysis does not
 * know fails here, loudly, rather than being stored under a wrong name.
 */
public final class EngineResults {

    private EngineResults() {
    }

    /** The run as a store keeps it. The result must not be cancelled: a cancelled run is not a result. */
    public static CompletedRun completedRun(RunSpec spec, SimulationResult result) {
        return completedRun(spec, result, true);
    }

    /**
     * The run as a store keeps it; without {@code detail} (a robustness map's run, kept as a summary) its occupancy
     * series and connection steps are left out rather than converted for nothing.
     */
    public static CompletedRun completedRun(RunSpec spec, SimulationResult result, boolean detail) {
        if (result.cancelled()) {
            throw new IllegalArgumentException("run " + spec.runId() + " was cancelled; a cancelled run is not a"
                    + " result");
        }
        RunRecord record = new RunRecord(spec.runId(), spec.pointIndex(), spec.replication(), result.seed(),
                spec.parameters(), spec.profile(), ToolVersion.VERSION, RunOutcome.valueOf(result.outcome().name()),
                result.endTimeNs(), result.eventsProcessed(), drops(result), rings(result), cqs(result),
                latency(result), mads(result), connections(result), recoveries(result), reactions(result));
        if (!detail) {
            return new CompletedRun(record, List.of(), List.of());
        }
        int detailBuckets = OccupancyCurve.detailBucketsPerSeries(result.series().size());
        List<OccupancyCurve> curves = result.series().stream()
                .map(series -> occupancyCurve(series, result.endTimeNs(), detailBuckets)).toList();
        return new CompletedRun(record, curves, connectionSteps(result));
    }

    /**
     * The chart-ready curve of an engine series of a run that ended at {@code endNs}, with at most
     * {@code maxDetailBuckets} detail buckets.
     */
    public static OccupancyCurve occupancyCurve(OccupancySeries series, long endNs, int maxDetailBuckets) {
        List<Bucket> overview = series.buckets().stream()
                .map(bucket -> new Bucket(bucket.startNs(), bucket.min(), bucket.max(), bucket.last())).toList();
        // A view rather than a copy: the engine keeps up to millions of change points packed, and only the detail
        // buckets are computed from them.
        List<StepPoint> steps = new AbstractList<>() {
            @Override
            public StepPoint get(int index) {
                var step = series.steps().get(index);
                return new StepPoint(step.timeNs(), step.value());
            }

            @Override
            public int size() {
                return series.steps().size();
            }
        };
        return OccupancyCurve.of(series.name(), series.bucketNs(), series.max(), overview, steps,
                series.stepsNotKept() == 0, endNs, maxDetailBuckets);
    }

    private static List<DropCount> drops(SimulationResult result) {
        return result.drops().stream().map(drop -> new DropCount(drop.host(), drop.port(), drop.function(),
                QpType.valueOf(drop.qp().name()), Direction.valueOf(drop.direction().name()),
                DropCause.valueOf(drop.cause().name()), drop.count(), drop.firstNs(), drop.lastNs())).toList();
    }

    private static List<RingStats> rings(SimulationResult result) {
        return result.rings().stream().map(ring -> new RingStats(ring.host(), ring.port(), ring.function(),
                QpType.valueOf(ring.qp().name()), ring.ringSize(), ring.sends(), ring.reaps(), ring.sendRejects(),
                ring.maxOutstanding(), ring.receives(), ring.receiveOverruns(), ring.maxReceiveBacklog())).toList();
    }

    private static List<CqStats> cqs(SimulationResult result) {
        return result.cqs().stream().map(cq -> new CqStats(cq.host(), cq.port(), cq.function(), cq.capacity(),
                cq.maxOccupancy(), cq.overflows(), cq.completionEvents(), cq.workRuns(), cq.queueRequests()))
                .toList();
    }

    private static LatencyHistogram latency(SimulationResult result) {
        var latency = result.madLatency();
        return new LatencyHistogram(latency.count(), latency.minNs(), latency.maxNs(), latency.meanNs(),
                latency.upperNs(), latency.counts());
    }

    private static MadAccounting mads(SimulationResult result) {
        var mads = result.mads();
        return new MadAccounting(mads.created(), mads.delivered(), mads.dropped(), mads.inFlight());
    }

    private static ConnectionSummary connections(SimulationResult result) {
        var summary = result.connections();
        var cm = summary.counters();
        CmCounters counters = new CmCounters(cm.saTimeouts(), cm.reqRetries(), cm.repRetries(), cm.dreqRetries(),
                cm.rtuResent(), cm.drepResent(), cm.mraSent(), cm.mraReceived(), cm.duplicatesIgnored(),
                cm.staleResponses(), cm.requestsAfterTimewait());
        List<SessionResult> sessions = summary.sessions().stream().map(session -> new SessionResult(
                session.client(), session.server(), session.connections(), session.established(),
                session.failedRoute(), session.failedConnect(), session.delayed(), session.disconnected(),
                phases(session.phases()), session.worstConnectNs())).toList();
        return new ConnectionSummary(summary.attempted(), summary.established(), summary.failedRoute(),
                summary.failedConnect(), summary.delayed(), summary.worstConnectNs(), phases(summary.phases()),
                counters, sessions);
    }

    private static List<PhaseStats> phases(List<io.hcastudio.sim.metrics.PhaseStats> phases) {
        return phases.stream().map(phase -> new PhaseStats(phase.phase(), phase.count(), phase.minNs(),
                phase.maxNs(), phase.meanNs(), phase.totalNs())).toList();
    }

    private static List<RecoveryFigure> recoveries(SimulationResult result) {
        return result.recoveries().stream().map(f -> new RecoveryFigure(f.incident(), f.atNs(), f.affected(),
                f.recovered(), f.recoveryNs(), f.ipoibAffected(), f.ipoibRecoveryNs(), f.ipoibNeverRecovered()))
                .toList();
    }

    private static ReactionCounters reactions(SimulationResult result) {
        io.hcastudio.sim.metrics.ReactionCounters r = result.reactions();
        return new ReactionCounters(r.portEvents(), r.multicastJoins(), r.joinsToSa(), r.joinsAnsweredByPf(),
                r.pathQueries(), r.aliasGuidSets(), r.reconnections());
    }

    private static List<ConnectionSteps> connectionSteps(SimulationResult result) {
        return result.connectionSteps().stream().map(engine -> {
            ConnectionSteps.Builder steps = new ConnectionSteps.Builder(engine.size());
            for (int connection = 0; connection < engine.size(); connection++) {
                for (var engineStep : io.hcastudio.sim.metrics.CmtimeStep.values()) {
                    steps.step(connection, CmtimeStep.valueOf(engineStep.name()),
                            reached(engine.startNs(connection, engineStep)),
                            reached(engine.stepNs(connection, engineStep)), engine.retries(connection, engineStep));
                }
                int index = connection;
                engine.failedStep(connection).ifPresent(failed -> steps.failed(index,
                        CmtimeStep.valueOf(failed.name())));
            }
            return steps.build();
        }).toList();
    }

    private static long reached(long engineTimeNs) {
        return engineTimeNs == io.hcastudio.sim.metrics.ConnectionSteps.NOT_REACHED ? ConnectionSteps.NOT_REACHED
                : engineTimeNs;
    }
}
