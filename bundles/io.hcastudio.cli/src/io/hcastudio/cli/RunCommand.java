package io.hcastudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelValidationException;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.mapping.TimingOverrides;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.analysis.study.StudySharding;
import io.hcastudio.analysis.trace.TraceFilters;
import io.hcastudio.analysis.trace.TraceRequest;
import io.hcastudio.model.Topology;

/**
 * {@code run FILE --scenario NAME} and {@code study FILE --study NAME}: plan from the model, execute into a results
 * file, summarise. The two differ only in what they plan and in the default number of threads.
 */
final class RunCommand implements Command {

    private final boolean study;

    private RunCommand(boolean study) {
        this.study = study;
    }

    static RunCommand run() {
        return new RunCommand(false);
    }

    static RunCommand study() {
        return new RunCommand(true);
    }

    @Override
    public String name() {
        return study ? "study" : "run";
    }

    @Override
    public String summary() {
        return study ? "run a study (a parameter sweep) of a topology into a results file"
                : "simulate one scenario of a topology into a results file";
    }

    @Override
    public String help() {
        String usage = study ? "Usage: hcastudio-cli study FILE --study NAME [options]\n\n"
                + "Runs every point x replication of the study NAME, --jobs at a time.\n"
                + "Each run is single-threaded and deterministic; seeds derive from the\n"
                + "base seed, so the results do not depend on --jobs.\n"
                : "Usage: hcastudio-cli run FILE --scenario NAME [options]\n\n"
                        + "Simulates scenario NAME of the topology FILE (all its replications).\n";
        return usage + """

                A results file that already holds some runs of the same study of the
                same model is resumed: only the missing runs are simulated.

                Options:
                """ + (study ? "  --study NAME    study to run (required)\n"
                        + "  --jobs N        runs in parallel (default: number of CPUs)\n"
                        + "  --shard I/N     run only shard I of N (1 <= I <= N): a fixed share of\n"
                        + "                  the runs, balanced by expected cost, with the seeds of\n"
                        + "                  the whole study; merge the N files with 'merge'\n"
                        : "  --scenario NAME scenario to run (required)\n") + """
                  --profile X     run every HCA with driver profile preset A, B, C, D or E
                  --seed S        base seed instead of the one in the run settings
                  --timing NAME=LAW
                                  draw timing parameter NAME of every HCA from LAW
                                  (repeatable), e.g. wakeLatencyNs=lognormal(20us,2):
                                  20us, uniform(5us,15us), exp(MEAN),
                                  lognormal(MEDIAN,GEOMETRIC_SIGMA), empirical(S,...),
                                  histogram(LOW:HIGH=COUNT,...)
                  -o FILE         results file (default: NAME[-PROFILE].sqlite)
                  --trace         also record each run's trace next to the results
                                  file: RESULTS-STEM.runN.hctrace (see the trace
                                  command); with these filters for long runs:
                  --trace-window FROM:TO
                                  only events in this simulated time, e.g. 2s:3s
                  --trace-ports P,...      only these ports' events
                  --trace-functions F,...  only these functions' events
                                  (numbers; 'wire' for the wire context)
                  --json          print a JSON summary
                  --fail-on-drops exit with 1 when any run dropped a MAD
                  --all           list every error of an invalid model (else 20)

                Exit status: 0 done, 1 drops found with --fail-on-drops, 2 usage
                error, unreadable or invalid model, unknown scenario or study.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        String selector = study ? "--study" : "--scenario";
        Arguments arguments = Arguments.parse(name(), words,
                study ? Set.of(selector, "--profile", "--seed", "-o", "--jobs", "--timing", "--shard", "--trace-window",
                        "--trace-ports", "--trace-functions")
                        : Set.of(selector, "--profile", "--seed", "-o", "--timing", "--trace-window", "--trace-ports",
                                "--trace-functions"),
                Set.of("--json", "--fail-on-drops", "--trace", ProblemLines.ALL_OPTION));
        String file = arguments.singleOperand("FILE");
        String target = arguments.required(selector);
        RunOverrides overrides;
        try {
            overrides = new RunOverrides(arguments.value("--profile"), arguments.longValue("--seed", null));
        } catch (IllegalArgumentException e) {
            throw arguments.usage(e.getMessage());
        }
        long jobs = study ? arguments.longValue("--jobs", (long) StudyRunner.defaultJobs()) : 1;
        if (jobs < 1) {
            throw arguments.usage("--jobs must be at least 1");
        }
        StudySharding.Shard shard = null;
        if (arguments.value("--shard") != null) {
            try {
                shard = StudySharding.Shard.parse(arguments.value("--shard"));
            } catch (IllegalArgumentException e) {
                throw arguments.usage("--shard: " + e.getMessage());
            }
        }
        String defaultName = target.replaceAll("[^A-Za-z0-9._-]+", "_")
                + (overrides.profile() == null ? "" : "-" + overrides.profile())
                + (shard == null ? "" : ".shard-" + shard.index()) + ".sqlite";
        Path results = ModelFiles.output(arguments.value("-o") == null ? defaultName : arguments.value("-o"));
        ResultsStore.loadDriverInBackground();
        Topology topology = ModelFiles.load(file);
        try {
            TimingOverrides.apply(topology, arguments.values("--timing"));
        } catch (AnalysisException e) {
            throw arguments.usage(e.getMessage());
        }
        StudyPlan plan;
        try {
            plan = study ? StudyPlanner.planStudy(topology, target, overrides)
                    : StudyPlanner.planRun(topology, target, overrides);
        } catch (ModelValidationException e) {
            List<String> lines = e.problems().stream().map(problem -> file + ": error: " + problem).toList();
            throw new CliException(file + ": " + e.summary(), e,
                    ProblemLines.capped(lines, arguments.flag(ProblemLines.ALL_OPTION), file + ": "));
        } catch (AnalysisException e) {
            throw new CliException(file + ": " + oneLine(e.getMessage()), e);
        }
        if (shard != null) {
            if (arguments.flag("--trace")) {
                throw arguments.usage("--trace records the runs of a whole study, not of one shard");
            }
            return ShardExecution.execute(plan, shard, results, (int) jobs, arguments.flag("--json"),
                    arguments.flag("--fail-on-drops"), context);
        }
        TraceRequest trace = null;
        boolean filtered = arguments.value("--trace-window") != null || arguments.value("--trace-ports") != null
                || arguments.value("--trace-functions") != null;
        if (filtered && !arguments.flag("--trace")) {
            throw arguments.usage("--trace-window, --trace-ports and --trace-functions go with --trace");
        }
        if (arguments.flag("--trace")) {
            try {
                trace = new TraceRequest(results, TraceFilters.parse(arguments.value("--trace-window"),
                        arguments.value("--trace-ports"), arguments.value("--trace-functions")));
            } catch (AnalysisException e) {
                throw arguments.usage(e.getMessage());
            }
        }
        return PlanExecution.execute(name(), plan, results, (int) jobs, arguments.flag("--json"),
                arguments.flag("--fail-on-drops"), trace, context);
    }

    /** Validation failures list one problem per line; the exit message must be one line. */
    static String oneLine(String message) {
        String[] lines = message.strip().split("\\R");
        return lines.length == 1 ? lines[0]
                : lines[0] + " " + String.join("; ", List.of(lines).subList(1, lines.length)).strip();
    }
}
