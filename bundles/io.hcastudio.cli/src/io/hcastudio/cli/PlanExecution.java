package io.hcastudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.report.RecoveryText;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.store.PointAggregate;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RobustnessMap;
import io.hcastudio.analysis.store.RunMetric;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.analysis.trace.TraceRequest;

/**
 * Executes a plan into its results file (resuming an interrupted one) with a progress bar, then prints what the
 * file holds: one line per run, or a JSON summary.
 */
final class PlanExecution {

    private PlanExecution() {
    }

    /**
     * Runs the runs of {@code plan} missing from {@code results} on {@code jobs} threads and prints the summary.
     *
     * @return {@link ExitCode#FINDING} when {@code failOnDrops} and some run dropped MADs, else {@link ExitCode#OK}
     */
    static int execute(String command, StudyPlan plan, Path results, int jobs, boolean json, boolean failOnDrops,
            TraceRequest trace, CliContext context) throws CliException {
        ProgressBar progress = new ProgressBar(context.err(), context.terminal());
        try {
            StudyRunner.run(plan, results, jobs, progress, trace);
        } catch (AnalysisException e) {
            throw new CliException(results + ": " + RunCommand.oneLine(e.getMessage()), e);
        } finally {
            progress.finish();
        }
        return summarise(command, results, json, failOnDrops, context);
    }

    private static int summarise(String command, Path results, boolean json, boolean failOnDrops,
            CliContext context) throws CliException {
        try (StudyResults stored = ResultsStore.open(results)) {
            boolean dropped = false;
            List<Object> runs = new ArrayList<>();
            for (RunRecord run : stored.runs()) {
                dropped |= run.totalDrops() > 0;
                if (json) {
                    runs.add(runJson(run));
                } else {
                    context.out().println(runLine(run));
                }
            }
            if (json) {
                context.out().println(new JsonObject().put("command", command).put("results", results.toString())
                        .put("study", stored.definition().name()).put("scenario", stored.definition().scenarioName())
                        .put("toolVersion", stored.toolVersion()).put("runs", runs).put("dropped", dropped));
            } else {
                if (stored.definition().kind() == StudyDefinition.Kind.ROBUSTNESS_MAP) {
                    mapLines(stored.robustnessMap()).forEach(context.out()::println);
                } else {
                    for (PointAggregate point : stored.aggregates()) {
                        if (point.loss().replications() > 1) {
                            context.out().println(pointLine(point));
                        }
                    }
                }
                context.out().println("Results: " + results);
            }
            return failOnDrops && dropped ? ExitCode.FINDING : ExitCode.OK;
        } catch (AnalysisException e) {
            throw new CliException(results + ": " + e.getMessage(), e);
        }
    }

    /** {@code map 'NAME', profile C: MADs lost in 7 of 25 cells (5 x 5, 1 replication each)}, per profile. */
    private static List<String> mapLines(RobustnessMap map) {
        List<String> lines = new ArrayList<>();
        for (RobustnessMap.Panel panel : map.panels()) {
            long measured = panel.cells().stream().filter(cell -> cell.runs() > 0).count();
            long lossy = panel.cells().stream().filter(cell -> cell.runsWithLoss() > 0).count();
            lines.add(String.format(Locale.ROOT, "map '%s', profile %s: MADs lost in %d of %d cells (%s x %s, %d %s"
                    + " each)", map.study(), panel.profile(), lossy, measured, map.x().key(), map.y().key(),
                    map.replications(), map.replications() == 1 ? "replication" : "replications"));
        }
        return lines;
    }

    /** {@code run 0, profile B, seed 1: 3,858 MADs dropped (D1 3,858); 0 of 14,400 connections failed, ...}. */
    static String runLine(RunRecord run) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "run %d, profile %s, seed %d",
                run.runId(), run.profile(), run.seed()));
        run.parameters().forEach((key, value) -> line.append(", ").append(key).append('=').append(value));
        line.append(String.format(Locale.ROOT, ": %,d MADs dropped", run.totalDrops()));
        List<String> causes = new ArrayList<>();
        for (DropCause cause : DropCause.values()) {
            if (run.drops(cause) > 0) {
                causes.add(String.format(Locale.ROOT, "%s %,d", cause.shortName(), run.drops(cause)));
            }
        }
        if (!causes.isEmpty()) {
            line.append(" (").append(String.join(", ", causes)).append(')');
        }
        if (run.connections().attempted() > 0) {
            line.append(String.format(Locale.ROOT, "; %,d of %,d connections failed, %,d delayed",
                    run.connectionsFailed(), run.connections().attempted(), run.connections().delayed()));
        }
        if (!run.recoveries().isEmpty()) {
            line.append("; ").append(RecoveryText.all(run.recoveries()));
        }
        return line.toString();
    }

    /**
     * A sweep point of several replications: {@code point 0, profile C: 0 MADs lost in 30 of 30 replications (95 %
     * upper bound on the loss probability: 9.5 %)}.
     */
    private static String pointLine(PointAggregate point) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "point %d, profile %s",
                point.pointIndex(), point.profile()));
        point.parameters().forEach((key, value) -> line.append(", ").append(key).append('=').append(value));
        return line.append(": ").append(point.loss().sentence(point.estimate(RunMetric.DROPS_ALL_CAUSES).mean()))
                .toString();
    }

    static JsonObject runJson(RunRecord run) {
        JsonObject drops = new JsonObject();
        for (DropCause cause : DropCause.values()) {
            drops.put(causeName(cause), run.drops(cause));
        }
        JsonObject parameters = new JsonObject();
        run.parameters().forEach(parameters::put);
        return new JsonObject().put("run", run.runId()).put("point", run.pointIndex())
                .put("replication", run.replication()).put("seed", run.seed()).put("profile", run.profile())
                .put("parameters", parameters).put("outcome", run.outcome().name()).put("drops", drops)
                .put("madsDropped", run.totalDrops())
                .put("connectionsAttempted", run.connections().attempted())
                .put("connectionsFailed", run.connectionsFailed())
                .put("connectionsDelayed", run.connections().delayed())
                .put("worstConnectNs", run.connections().worstConnectNs())
                .put("recoveries", run.recoveries().stream().map(PlanExecution::recoveryJson).toList());
    }

    private static Object recoveryJson(RecoveryFigure figure) {
        return new JsonObject().put("incident", figure.incident()).put("atNs", figure.atNs())
                .put("affected", figure.affected()).put("recovered", figure.recovered())
                .put("recoveryNs", figure.recoveryNs()).put("neverRecovered", figure.neverRecovered())
                .put("ipoibAffected", figure.ipoibAffected()).put("ipoibRecoveryNs", figure.ipoibRecoveryNs())
                .put("ipoibNeverRecovered", figure.ipoibNeverRecovered());
    }

    /** The JSON key of a cause: {@code D1} for the specified causes, the enum name for the others. */
    static String causeName(DropCause cause) {
        return cause.isSpecified() ? cause.name().substring(0, 2) : cause.name();
    }
}
