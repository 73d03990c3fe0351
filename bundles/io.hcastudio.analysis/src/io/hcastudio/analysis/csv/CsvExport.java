package io.hcastudio.analysis.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.Estimate;
import io.hcastudio.analysis.LossProbability;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.result.Bucket;
import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSteps;
import io.hcastudio.analysis.result.Distribution;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.result.PhaseStats;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.result.SessionResult;
import io.hcastudio.analysis.store.OccupancyCurve;
import io.hcastudio.analysis.store.PointAggregate;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;

/**
 * CSV exports of a results file. Every row starts with its context: study, topology, scenario, model hash, tool
 * version, run, sweep point, replication, seed, one column per swept parameter and the driver profile, so a row
 * copied anywhere still says where it came from. Output is deterministic: runs in run-id order, rows in a fixed
 * order, integers in plain decimal, fractions with three decimals ({@link Locale#ROOT}), LF line ends, fields quoted
 * only when they contain a comma, quote or line break.
 */
public final class CsvExport {

    private static final List<String> CONTEXT = List.of("study", "topology", "scenario", "model_sha256",
            "tool_version", "run", "point", "replication", "seed");

    private CsvExport() {
    }

    /** One row per run with its key figures ({@link RunMetric}) and engine outcome. */
    public static void runs(StudyResults results, Appendable out) throws IOException {
        List<String> header = header(results.definition(), "profile", "outcome", "end_time_ns", "events");
        for (RunMetric metric : RunMetric.values()) {
            header.add(metric.column());
        }
        row(out, header);
        for (RunRecord run : results.runs()) {
            List<String> fields = context(results, run);
            fields.addAll(List.of(run.profile(), run.outcome().name(), Long.toString(run.endTimeNs()),
                    Long.toString(run.eventsProcessed())));
            for (RunMetric metric : RunMetric.values()) {
                fields.add(Long.toString(metric.valueOf(run)));
            }
            row(out, fields);
        }
    }

    /** One row per drop counter: host, port, function, QP, direction, cause (its label, as charts and reports name it). */
    public static void drops(StudyResults results, Appendable out) throws IOException {
        row(out, header(results.definition(), "profile", "host", "port", "function", "qp", "direction", "cause",
                "count", "first_ns", "last_ns"));
        for (RunRecord run : results.runs()) {
            for (DropCount drop : run.drops()) {
                List<String> fields = context(results, run);
                fields.addAll(List.of(run.profile(), drop.host(), Integer.toString(drop.port()),
                        Integer.toString(drop.function()), drop.qp().name(), drop.direction().name(),
                        drop.cause().label(), Long.toString(drop.count()), Long.toString(drop.firstNs()),
                        Long.toString(drop.lastNs())));
                row(out, fields);
            }
        }
    }

    /**
     * One row per run and network event or fault: when it started, the connections it affected, how many of them
     * were established again and how long that took (-1: none was), and the same for IPoIB interfaces.
     */
    public static void recoveries(StudyResults results, Appendable out) throws IOException {
        row(out, header(results.definition(), "profile", "incident", "at_ns", "affected", "recovered",
                "never_recovered", "recovery_ns", "ipoib_affected", "ipoib_recovery_ns", "ipoib_never_recovered"));
        for (RunRecord run : results.runs()) {
            for (RecoveryFigure figure : run.recoveries()) {
                List<String> fields = context(results, run);
                fields.addAll(List.of(run.profile(), figure.incident(), Long.toString(figure.atNs()),
                        Integer.toString(figure.affected()), Integer.toString(figure.recovered()),
                        Integer.toString(figure.neverRecovered()), Long.toString(figure.recoveryNs()),
                        Integer.toString(figure.ipoibAffected()), Long.toString(figure.ipoibRecoveryNs()),
                        Integer.toString(figure.ipoibNeverRecovered())));
                row(out, fields);
            }
        }
    }

    /** cmtime step table: per run, all sessions together (session {@code all}) and then every session. */
    public static void phases(StudyResults results, Appendable out) throws IOException {
        row(out, header(results.definition(), "profile", "session", "client", "phase", "count", "min_ns", "max_ns",
                "mean_ns", "total_ns"));
        for (RunRecord run : results.runs()) {
            phaseRows(out, results, run, "all", "", run.connections().phases());
            List<SessionResult> sessions = run.connections().sessions();
            for (int index = 0; index < sessions.size(); index++) {
                phaseRows(out, results, run, Integer.toString(index), sessions.get(index).client(),
                        sessions.get(index).phases());
            }
        }
    }

    /**
     * One distribution ({@link Distribution#of}) of every run that has it, bucket by bucket: upper bound, count and
     * the share of values at or below the bound.
     *
     * @throws AnalysisException naming the file when no run has a distribution of {@code quantity}
     */
    public static void distribution(StudyResults results, String quantity, Appendable out)
            throws IOException, AnalysisException {
        StringBuilder rows = new StringBuilder();
        for (RunRecord run : results.runs()) {
            Optional<Distribution> distribution = Distribution.of(run.madLatency(),
                    results.connectionSteps(run.runId())).stream()
                    .filter(candidate -> candidate.quantity().equals(quantity)).findFirst();
            if (distribution.isPresent()) {
                distributionRows(rows, results, run, distribution.get());
            }
        }
        if (rows.isEmpty()) {
            throw new AnalysisException(results.file() + ": no run has a distribution of '" + quantity + "'");
        }
        row(out, header(results.definition(), "profile", "quantity", "bucket_upper_ns", "count",
                "cumulative_share"));
        out.append(rows);
    }

    private static void distributionRows(Appendable out, StudyResults results, RunRecord run,
            Distribution distribution) throws IOException {
        long[] upperNs = distribution.upperNs();
        long[] counts = distribution.counts();
        double[] shares = distribution.cumulativeShares();
        for (int i = 0; i < counts.length; i++) {
            List<String> fields = context(results, run);
            // A share needs more places than a mean: the tail of a distribution is where the story is.
            fields.addAll(List.of(run.profile(), distribution.quantity(), Long.toString(upperNs[i]),
                    Long.toString(counts[i]), String.format(Locale.ROOT, "%.6f", shares[i])));
            row(out, fields);
        }
    }

    /**
     * One row per cmtime connection of every run: per step its issue time, step time and retries (times empty
     * when the step was never issued or did not complete), and the step it failed in (empty when it did not fail).
     */
    public static void connectionSteps(StudyResults results, Appendable out) throws IOException, AnalysisException {
        connectionStepsHeader(results, out);
        for (RunRecord run : results.runs()) {
            connectionStepRows(results, run, out);
        }
    }

    /** {@link #connectionSteps(StudyResults, Appendable)} of one run. */
    public static void connectionSteps(StudyResults results, int runId, Appendable out)
            throws IOException, AnalysisException {
        RunRecord run = run(results, runId);
        connectionStepsHeader(results, out);
        connectionStepRows(results, run, out);
    }

    /** The occupancy series of one run, bucket by bucket. */
    public static void series(StudyResults results, int runId, Appendable out) throws IOException, AnalysisException {
        series(results, runId, name -> true, out);
    }

    /** {@link #series(StudyResults, int, Appendable)} of the series whose names {@code shown} accepts. */
    public static void series(StudyResults results, int runId, Predicate<String> shown, Appendable out)
            throws IOException, AnalysisException {
        RunRecord run = run(results, runId);
        row(out, header(results.definition(), "profile", "series", "bucket_start_ns", "bucket_ns", "min", "max",
                "last"));
        for (OccupancyCurve curve : results.series(runId)) {
            if (!shown.test(curve.name())) {
                continue;
            }
            for (Bucket bucket : curve.buckets()) {
                List<String> fields = context(results, run);
                fields.addAll(List.of(run.profile(), curve.name(), Long.toString(bucket.startNs()),
                        Long.toString(curve.bucketNs()), Long.toString(bucket.min()), Long.toString(bucket.max()),
                        Long.toString(bucket.last())));
                row(out, fields);
            }
        }
    }

    /**
     * One row per sweep point: the replications that lost MADs with the {@link LossProbability} upper bound, then
     * mean, 95 % confidence bounds (Student t as computed, not cut at 0 as views and reports show them), min and
     * max of every {@link RunMetric} over the stored replications. The run and seed columns list the point's runs
     * and seeds, separated by ';'.
     */
    public static void aggregates(StudyResults results, Appendable out) throws IOException {
        List<String> header = header(results.definition(), "profile", "replications", "replications_with_loss",
                "loss_probability_upper95");
        for (RunMetric metric : RunMetric.values()) {
            header.addAll(List.of(metric.column() + "_mean", metric.column() + "_ci95_low",
                    metric.column() + "_ci95_high", metric.column() + "_min", metric.column() + "_max"));
        }
        row(out, header);
        for (PointAggregate point : results.aggregates()) {
            List<RunRecord> runs = results.runs().stream().filter(run -> run.pointIndex() == point.pointIndex())
                    .toList();
            List<String> fields = studyContext(results);
            fields.add(runs.stream().map(run -> Integer.toString(run.runId())).collect(Collectors.joining(";")));
            fields.add(Integer.toString(point.pointIndex()));
            fields.add("");
            fields.add(runs.stream().map(run -> Long.toString(run.seed())).collect(Collectors.joining(";")));
            fields.addAll(point.parameters().values());
            fields.add(point.profile());
            fields.add(Integer.toString(runs.size()));
            fields.add(Integer.toString(point.loss().losing()));
            // A probability needs more places than a mean: 1 - 0.05^(1/n) is small for many replications.
            fields.add(String.format(Locale.ROOT, "%.6f", point.loss().upperBound()));
            for (RunMetric metric : RunMetric.values()) {
                Estimate estimate = point.estimate(metric);
                fields.addAll(List.of(decimal(estimate.mean()), decimal(estimate.lower()),
                        decimal(estimate.upper()), decimal(estimate.min()), decimal(estimate.max())));
            }
            row(out, fields);
        }
    }

    /**
     * A robustness map ({@link RobustnessMap}): one row per profile and grid cell, with the replications stored, the
     * runs that lost any MAD, the probability of any loss with its 95 % Wilson interval, and the mean MADs dropped
     * with its 95 % confidence interval. The run and seed columns list the cell's runs and seeds, separated by ';'.
     *
     * @throws AnalysisException naming the file when it holds no robustness map
     */
    public static void robustnessMap(StudyResults results, Appendable out) throws IOException, AnalysisException {
        RobustnessMap map = results.robustnessMap();
        row(out, header(results.definition(), "replications", "runs_with_loss", "p_any_loss", "p_any_loss_ci95_low",
                "p_any_loss_ci95_high", "drops_mean", "drops_ci95_low", "drops_ci95_high", "drops_max"));
        for (RobustnessMap.Panel panel : map.panels()) {
            for (RobustnessMap.Cell cell : panel.cells()) {
                List<RunRecord> runs = results.runs().stream().filter(run -> run.pointIndex() == cell.pointIndex())
                        .toList();
                List<String> fields = studyContext(results);
                fields.add(runs.stream().map(run -> Integer.toString(run.runId())).collect(Collectors.joining(";")));
                fields.add(Integer.toString(cell.pointIndex()));
                fields.add("");
                fields.add(runs.stream().map(run -> Long.toString(run.seed())).collect(Collectors.joining(";")));
                fields.addAll(List.of(panel.profile(), map.x().values().get(cell.xIndex()),
                        map.y().values().get(cell.yIndex()), Integer.toString(cell.runs()),
                        Integer.toString(cell.runsWithLoss()), decimal(cell.lossProbability()),
                        decimal(cell.lossLower()), decimal(cell.lossUpper()), decimal(cell.drops().mean()),
                        decimal(cell.drops().lower()), decimal(cell.drops().upper()),
                        cell.runs() == 0 ? "" : Long.toString(cell.maxDrops())));
                row(out, fields);
            }
        }
    }

    private static RunRecord run(StudyResults results, int runId) throws AnalysisException {
        return results.run(runId).orElseThrow(() -> new AnalysisException(results.file() + " holds no run " + runId));
    }

    private static void connectionStepsHeader(StudyResults results, Appendable out) throws IOException {
        List<String> header = header(results.definition(), "profile", "session", "client", "connection");
        for (CmtimeStep step : CmtimeStep.values()) {
            String prefix = step.columnPrefix();
            header.addAll(List.of(prefix + "_start_ns", prefix + "_ns", prefix + "_retries"));
        }
        header.add("failed_step");
        row(out, header);
    }

    private static void connectionStepRows(StudyResults results, RunRecord run, Appendable out)
            throws IOException, AnalysisException {
        List<ConnectionSteps> sessions = results.connectionSteps(run.runId());
        for (int session = 0; session < sessions.size(); session++) {
            ConnectionSteps steps = sessions.get(session);
            String client = run.connections().sessions().get(session).client();
            for (int connection = 0; connection < steps.size(); connection++) {
                List<String> fields = context(results, run);
                fields.addAll(List.of(run.profile(), Integer.toString(session), client,
                        Integer.toString(connection)));
                for (CmtimeStep step : CmtimeStep.values()) {
                    fields.addAll(List.of(reached(steps.startNs(connection, step)),
                            reached(steps.stepNs(connection, step)),
                            Integer.toString(steps.retries(connection, step))));
                }
                fields.add(steps.failedStep(connection).map(CmtimeStep::label).orElse(""));
                row(out, fields);
            }
        }
    }

    /** A time in ns, or empty for a step that was never issued or did not complete. */
    private static String reached(long timeNs) {
        return timeNs == ConnectionSteps.NOT_REACHED ? "" : Long.toString(timeNs);
    }

    private static void phaseRows(Appendable out, StudyResults results, RunRecord run, String session,
            String client, List<PhaseStats> phases) throws IOException {
        for (PhaseStats phase : phases) {
            List<String> fields = context(results, run);
            fields.addAll(List.of(run.profile(), session, client, phase.phase(), Long.toString(phase.count()),
                    Long.toString(phase.minNs()), Long.toString(phase.maxNs()), decimal(phase.meanNs()),
                    Long.toString(phase.totalNs())));
            row(out, fields);
        }
    }

    private static List<String> header(StudyDefinition definition, String... columns) {
        List<String> header = new ArrayList<>(CONTEXT);
        for (SweptParameter parameter : definition.parameters()) {
            header.add(parameter.key());
        }
        header.addAll(List.of(columns));
        return header;
    }

    /** Study, topology, scenario, model hash and tool version of the file. */
    private static List<String> studyContext(StudyResults results) {
        StudyDefinition definition = results.definition();
        return new ArrayList<>(List.of(definition.name(), definition.topologyName(), definition.scenarioName(),
                results.modelSha256(), results.toolVersion()));
    }

    private static List<String> context(StudyResults results, RunRecord run) {
        List<String> fields = studyContext(results);
        fields.set(4, run.toolVersion());
        fields.addAll(List.of(Integer.toString(run.runId()), Integer.toString(run.pointIndex()),
                Integer.toString(run.replication()), Long.toString(run.seed())));
        fields.addAll(run.parameters().values());
        return fields;
    }

    /** Three decimals, dot as separator; empty for NaN (no confidence interval from one replication). */
    static String decimal(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void row(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(fields.get(i)));
        }
        out.append('\n');
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
