package io.hcastudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.store.ShardMerge;

/** {@code merge SHARD... -o FILE}: one results file from the shard files of a study. */
final class MergeCommand implements Command {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "merge the shard files of a study (study --shard I/N) into one results file";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli merge SHARD.sqlite... -o FILE [--allow-partial]

                Merges the files written by 'study TOPOLOGY --study NAME --shard I/N'
                into one results file whose runs, aggregates, CSV exports and reports
                equal those of the study run in one piece.

                Refused (exit 2, one line naming the files): shards of different
                studies, model versions, tool versions or shard counts, two files of
                the same shard, and missing or incomplete shards.

                Options:
                  -o FILE          merged results file (required; its folder must exist;
                                   an existing file is replaced)
                  --allow-partial  merge the runs that are there and say what is missing;
                                   running the study into the merged file later runs
                                   only the missing runs
                  --json           print a JSON summary

                Exit status: 0 merged, 2 usage error or a refusal above.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("-o"), Set.of("--allow-partial", "--json"));
        if (arguments.operands().isEmpty()) {
            throw arguments.usage("missing SHARD files");
        }
        Path output = Path.of(arguments.required("-o"));
        List<Path> shards = arguments.operands().stream().map(Path::of).toList();
        ShardMerge.Outcome outcome;
        try {
            outcome = ShardMerge.merge(shards, output, arguments.flag("--allow-partial"));
        } catch (AnalysisException e) {
            throw new CliException("hcastudio-cli merge: " + RunCommand.oneLine(e.getMessage()), e);
        }
        if (arguments.flag("--json")) {
            context.out().println(new JsonObject().put("command", name()).put("results", output.toString())
                    .put("study", outcome.definition().name()).put("shards", outcome.shardCount())
                    .put("runs", outcome.mergedRuns()).put("plannedRuns", outcome.definition().runCount())
                    .put("missing", List.copyOf(outcome.missing())));
        } else {
            context.out().println("Merged " + shards.size() + (shards.size() == 1 ? " file" : " files") + " of study '"
                    + outcome.definition().name() + "' (" + outcome.shardCount() + " shards): "
                    + outcome.mergedRuns() + " of " + outcome.definition().runCount() + " runs");
            if (!outcome.isComplete()) {
                context.err().println("hcastudio-cli merge: missing " + String.join("; ", outcome.missing()));
            }
            context.out().println("Results: " + output);
        }
        return ExitCode.OK;
    }
}
