package io.hcastudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.cluster.Slurm;
import io.hcastudio.analysis.cluster.SlurmJobDirectory;
import io.hcastudio.analysis.cluster.SlurmStudy;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;

/**
 * {@code slurm TOPOLOGY --study NAME --shards N}: writes a Slurm job directory for the study, submits the shards
 * without complete results and a merge job, and follows them until the merge is done.
 */
final class SlurmCommand implements Command {

    /** Set by the launch script: the hcastudio-cli the cluster's tasks run. */
    static final String LAUNCHER_PROPERTY = "hcastudio.launcher";

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public String summary() {
        return "run a study as a Slurm job array of shards and merge them";
    }

    @Override
    public String help() {
        return """
                Usage: hcastudio-cli slurm TOPOLOGY --study NAME --shards N [options]

                Writes a job directory (a copy of TOPOLOGY, an sbatch array script with
                one task per shard, a merge job, README.txt), submits it with sbatch and
                follows it with a progress line until the merged study is written to
                DIR/study.sqlite. Run the same command again to resubmit only the shards
                without complete results (failed, cancelled, timed out or incomplete).
                Task states come from sacct where the cluster keeps accounting, else from
                squeue and the job-completion log.

                The cluster needs this installation (the product folder) and a JDK 21+
                on every node, and the job directory on a shared file system.

                Options:
                  --study NAME      study to run (required)
                  --shards N        number of shards = array tasks (required)
                  --dir DIR         job directory (default: NAME.slurm; its folder must exist)
                  --partition P     partition of every job
                  --time T          time limit per task (sbatch --time), e.g. 1:00:00
                  --array-limit L   at most L tasks at once (--array=...%L)
                  --cpus C          CPUs per task, runs in parallel per shard (default 1)
                  --mem MB          memory per task in MB (default 2048); the JVM heap
                                    is 256 MB less
                  --cli PATH        hcastudio-cli as the nodes see it (default: this one)
                  --dry-run         write the job directory and print how to submit it
                  --no-wait         submit and return without following the jobs
                  --poll SECONDS    how often to ask the scheduler (default 5)

                Exit status: 0 merged study complete (or submitted with --no-wait, or
                written with --dry-run), 1 shards or the merge failed or were cancelled
                (run again to resubmit them), 2 usage error, invalid model, sbatch
                missing or refused.
                """;
    }

    @Override
    public int execute(List<String> words, CliContext context) throws CliException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("--study", "--shards", "--dir", "--partition",
                "--time", "--array-limit", "--cpus", "--mem", "--cli", "--poll"), Set.of("--dry-run", "--no-wait"));
        String file = arguments.singleOperand("TOPOLOGY");
        String studyName = arguments.required("--study");
        arguments.required("--shards");
        long shards = arguments.longValue("--shards", null);
        String cli = arguments.value("--cli") != null ? arguments.value("--cli")
                : System.getProperty(LAUNCHER_PROPERTY);
        if (cli == null) {
            throw arguments.usage("--cli PATH is needed: this hcastudio-cli was not started by its launch script");
        }
        long poll = arguments.longValue("--poll", 5L);
        SlurmJobDirectory.Spec spec;
        try {
            spec = new SlurmJobDirectory.Spec(studyName, Math.toIntExact(shards), arguments.value("--partition"),
                    arguments.value("--time"), Math.toIntExact(arguments.longValue("--array-limit", 0L)),
                    Math.toIntExact(arguments.longValue("--cpus", 1L)),
                    Math.toIntExact(arguments.longValue("--mem", 2048L)), Path.of(cli).toAbsolutePath(),
                    Path.of(file).getFileName().toString());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw arguments.usage(e.getMessage());
        }
        if (poll < 1) {
            throw arguments.usage("--poll must be at least 1 second");
        }
        StudyPlan plan;
        try {
            plan = StudyPlanner.planStudy(ModelFiles.load(file), studyName, RunOverrides.NONE);
        } catch (AnalysisException e) {
            throw new CliException(file + ": " + RunCommand.oneLine(e.getMessage()), e);
        }
        String defaultDir = studyName.replaceAll("[^A-Za-z0-9._-]+", "_") + ".slurm";
        SlurmJobDirectory directory = new SlurmJobDirectory(Path.of(arguments.value("--dir") == null ? defaultDir
                : arguments.value("--dir")));
        try {
            directory.write(Path.of(file), plan, spec);
        } catch (AnalysisException e) {
            throw new CliException("hcastudio-cli slurm: " + e.getMessage(), e);
        }
        context.out().println("Job directory " + directory.directory() + ": study '" + studyName + "', "
                + plan.runs().size() + " runs in " + spec.shards() + " shards");
        if (arguments.flag("--dry-run")) {
            context.out().println("Submit it with: " + directory.submitCommand(spec));
            return ExitCode.OK;
        }
        if (!Slurm.available()) {
            throw new CliException("hcastudio-cli slurm: sbatch is not on the PATH; submit " + directory.directory()
                    + " on the cluster (see its README.txt)");
        }
        Slurm slurm = new Slurm();
        SlurmStudy study = new SlurmStudy(directory, spec, slurm);
        try {
            context.out().println(study.submit());
            if (arguments.flag("--no-wait")) {
                return ExitCode.OK;
            }
            String[] last = {""};
            SlurmStudy.Status status = study.follow(poll * 1000, current -> {
                String line = current.progressLine();
                if (!line.equals(last[0])) {
                    if (context.terminal()) {
                        context.err().print("\r\033[K" + line);
                    } else {
                        context.err().println(line);
                    }
                    context.err().flush();
                    last[0] = line;
                }
            }, () -> false);
            if (context.terminal()) {
                context.err().println();
            }
            return finish(directory, status, context);
        } catch (AnalysisException e) {
            throw new CliException("hcastudio-cli slurm: " + RunCommand.oneLine(e.getMessage()), e);
        }
    }

    private static int finish(SlurmJobDirectory directory, SlurmStudy.Status status, CliContext context) {
        // The merged file of this directory's study and model (job.properties) opens with every run.
        if (status.resultsComplete()) {
            context.out().println("Results: " + directory.results());
            return ExitCode.OK;
        }
        for (SlurmStudy.ShardState shard : status.shards()) {
            if (!shard.done()) {
                context.out().println("shard " + shard.index() + ": " + (shard.state() == null ? "state unknown"
                        : shard.state() + " (task " + shard.jobId() + ", from " + shard.source() + ")")
                        + (shard.resultsComplete() ? "" : ", results incomplete") + "; log "
                        + directory.shardLog(shard.index()));
            }
        }
        context.out().println("merge: " + (status.mergeState() == null ? "state unknown" : status.mergeState())
                + (status.mergeJobId() == null ? "" : " (job " + status.mergeJobId() + ")") + "; log "
                + directory.mergeLog() + (Files.exists(directory.mergeLog()) ? "" : " (not written)"));
        context.err().println("hcastudio-cli slurm: the study is not complete; run the same command again to"
                + " resubmit the shards without results");
        return ExitCode.FINDING;
    }
}
