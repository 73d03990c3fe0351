package io.hcastudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.ShardManifest;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudySharding;

/**
 * {@code study --shard I/N}: executes one shard of a study into its own file (resuming an interrupted one) and prints
 * its runs. Aggregates over replications are left to the merged study: a shard holds only some replications.
 */
final class ShardExecution {

    private ShardExecution() {
    }

    static int execute(StudyPlan plan, StudySharding.Shard shard, Path results, int jobs, boolean json,
            boolean failOnDrops, CliContext context) throws CliException {
        ProgressBar progress = new ProgressBar(context.err(), context.terminal());
        try {
            StudySharding.run(plan, shard, results, jobs, progress);
        } catch (AnalysisException e) {
            throw new CliException(results + ": " + RunCommand.oneLine(e.getMessage()), e);
        } finally {
            progress.finish();
        }
        try (StudyResults stored = ResultsStore.open(results)) {
            ShardManifest manifest = ShardManifest.read(results).orElseThrow(
                    () -> new AnalysisException(results + " lost its shard table"));
            Set<Integer> planned = Set.copyOf(manifest.runIds());
            boolean dropped = false;
            List<Object> runs = new ArrayList<>();
            for (RunRecord run : stored.runs()) {
                if (!planned.contains(run.runId())) {
                    continue;
                }
                dropped |= run.totalDrops() > 0;
                if (json) {
                    runs.add(PlanExecution.runJson(run));
                } else {
                    context.out().println(PlanExecution.runLine(run));
                }
            }
            if (json) {
                context.out().println(new JsonObject().put("command", "study").put("results", results.toString())
                        .put("study", stored.definition().name()).put("shard", shard.toString())
                        .put("toolVersion", stored.toolVersion()).put("runs", runs).put("dropped", dropped));
            } else {
                context.out().println(manifest.label() + " of study '" + stored.definition().name() + "': "
                        + stored.runs().size() + " of " + manifest.runIds().size() + " runs stored ("
                        + stored.definition().runCount() + " in the study)");
                context.out().println("Results: " + results);
            }
            return failOnDrops && dropped ? ExitCode.FINDING : ExitCode.OK;
        } catch (AnalysisException e) {
            throw new CliException(results + ": " + e.getMessage(), e);
        }
    }
}
