package io.hcastudio.analysis.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.study.StudyPlan;

/**
 * A self-contained Slurm job directory for a study split into shards: a copy of the topology, an sbatch job-array
 * script with one task per shard ({@code shards.sbatch}), the merge job ({@code merge.sbatch}), a README, and what
 * was submitted ({@code submissions.txt}). Every path in the scripts is relative to the directory, which is the
 * working directory of every job (sbatch is run from it); the directory must be on a file system every node sees.
 *
 * <pre>
 * DIR/TOPOLOGY.hcatopo  DIR/shards.sbatch  DIR/merge.sbatch  DIR/README.txt  DIR/job.properties
 * DIR/shards/shard-I.sqlite  DIR/logs/shard-I.out  DIR/logs/merge.out  DIR/study.sqlite (the merged study)
 * </pre>
 */
public final class SlurmJobDirectory {

    public static final String SHARD_SCRIPT = "shards.sbatch";
    public static final String MERGE_SCRIPT = "merge.sbatch";
    public static final String RESULTS = "study.sqlite";
    private static final String PROPERTIES = "job.properties";
    private static final String SUBMISSIONS = "submissions.txt";

    /** JVM heap of a task: what the task may use minus room for the JVM's own memory and SQLite. */
    private static final int NON_HEAP_MB = 256;

    /**
     * How to run the study on the cluster.
     *
     * @param study      study name
     * @param shards     number of shards (array tasks)
     * @param partition  partition, or null for the cluster's default
     * @param time       time limit per task ({@code --time}), or null for the partition's default
     * @param arrayLimit most tasks running at once ({@code %L}), 0 for no limit
     * @param cpus       CPUs per task; the task runs that many runs in parallel
     * @param memoryMb   memory per task in MB; the JVM gets this minus 256 MB as heap
     * @param cli        absolute path of {@code hcastudio-cli} as every node sees it
     * @param topology   file name of the topology's copy in the directory: the original's, so that reports of the
     *                   merged study name the same file as reports of the study run locally
     */
    public record Spec(String study, int shards, String partition, String time, int arrayLimit, int cpus,
            int memoryMb, Path cli, String topology) {

        public Spec {
            if (topology.contains("/") || topology.isBlank()) {
                throw new IllegalArgumentException("the topology's copy needs a plain file name, was '" + topology
                        + "'");
            }
            if (shards < 1) {
                throw new IllegalArgumentException("--shards must be at least 1, was " + shards);
            }
            if (arrayLimit < 0 || cpus < 1 || memoryMb < NON_HEAP_MB + 256) {
                throw new IllegalArgumentException("need --array-limit >= 0, --cpus >= 1 and --mem >= "
                        + (NON_HEAP_MB + 256) + " MB");
            }
        }
    }

    private final Path directory;

    public SlurmJobDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    public Path shardFile(int index) {
        return directory.resolve("shards").resolve("shard-" + index + ".sqlite");
    }

    public Path shardLog(int index) {
        return directory.resolve("logs").resolve("shard-" + index + ".out");
    }

    public Path mergeLog() {
        return directory.resolve("logs").resolve("merge.out");
    }

    public Path results() {
        return directory.resolve(RESULTS);
    }

    /**
     * Writes (or, for the same study of the same model and shard count, updates) the directory. A directory of
     * another study, model or shard count is refused; its parent must exist.
     */
    public void write(Path topology, StudyPlan plan, Spec spec) throws AnalysisException {
        Path parent = directory.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new AnalysisException(directory + ": the folder " + parent + " does not exist");
        }
        Properties expected = new Properties();
        expected.setProperty("study", spec.study());
        expected.setProperty("shards", Integer.toString(spec.shards()));
        expected.setProperty("model_sha256", plan.modelSha256());
        expected.setProperty("runs", Integer.toString(plan.runs().size()));
        expected.setProperty("topology", spec.topology());
        Path properties = directory.resolve(PROPERTIES);
        try {
            if (Files.exists(properties)) {
                Properties existing = new Properties();
                try (var in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                    existing.load(in);
                }
                if (!existing.equals(expected)) {
                    throw new AnalysisException(directory + " holds study '" + existing.getProperty("study") + "' in "
                            + existing.getProperty("shards") + " shards of model SHA-256 "
                            + existing.getProperty("model_sha256") + ", not '" + spec.study() + "' in " + spec.shards()
                            + " shards of " + plan.modelSha256() + "; choose another --dir or delete it");
                }
            } else if (Files.exists(directory) && !isEmptyDirectory(directory)) {
                throw new AnalysisException(directory + " exists and is no job directory of hcastudio-cli slurm;"
                        + " choose another --dir");
            }
            Files.createDirectories(directory.resolve("shards"));
            Files.createDirectories(directory.resolve("logs"));
            Path copy = directory.resolve(spec.topology());
            if (!Files.exists(copy) || !Files.isSameFile(topology, copy)) {
                writeAtomically(copy, Files.readAllBytes(topology), false);
            }
            writeAtomically(directory.resolve(SHARD_SCRIPT), shardScript(spec).getBytes(StandardCharsets.UTF_8), true);
            writeAtomically(directory.resolve(MERGE_SCRIPT), mergeScript(spec).getBytes(StandardCharsets.UTF_8), true);
            writeAtomically(directory.resolve("README.txt"), readme(spec, plan).getBytes(StandardCharsets.UTF_8),
                    false);
            StringBuilder text = new StringBuilder("# hcastudio-cli slurm: what this job directory runs\n");
            for (String key : List.of("study", "topology", "shards", "runs", "model_sha256")) {
                text.append(key).append('=').append(expected.getProperty(key).replace("\\", "\\\\")).append('\n');
            }
            writeAtomically(properties, text.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new AnalysisException(directory + ": cannot write the job directory: " + e.getMessage(), e);
        }
    }

    /** The array script: task I runs {@code study --shard I/N} into {@code shards/shard-I.sqlite}. */
    static String shardScript(Spec spec) {
        return header("shards of study '" + oneLine(spec.study()) + "', one array task per shard", spec, "shard-%a")
                + "# --jobs and the JVM see the task's CPUs and memory: on clusters without cgroup enforcement\n"
                + "# the JVM would otherwise size itself to the whole node.\n"
                + "cpus=${SLURM_CPUS_PER_TASK:-" + spec.cpus() + "}\n"
                + "export HCASTUDIO_JAVA_OPTS=\"-XX:ActiveProcessorCount=$cpus -Xmx" + heapMb(spec) + "m\"\n"
                + "exec " + quote(spec.cli().toString()) + " study " + quote(spec.topology()) + " --study " + quote(spec.study())
                + " --shard \"$SLURM_ARRAY_TASK_ID/" + spec.shards() + "\" --jobs \"$cpus\""
                + " -o \"shards/shard-$SLURM_ARRAY_TASK_ID.sqlite\"\n";
    }

    /** The merge job: the shard files into {@code study.sqlite}; it names missing or incomplete shards. */
    static String mergeScript(Spec spec) {
        return header("merge of the shards of study '" + oneLine(spec.study()) + "'", spec, "merge")
                + "export HCASTUDIO_JAVA_OPTS=\"-XX:ActiveProcessorCount=1 -Xmx" + heapMb(spec) + "m\"\n"
                + "exec " + quote(spec.cli().toString()) + " merge shards/shard-*.sqlite -o " + RESULTS + "\n";
    }

    private static String header(String what, Spec spec, String log) {
        StringBuilder text = new StringBuilder("#!/bin/bash\n")
                .append("# HCA Studio: ").append(what).append(".\n")
                .append("# Written by hcastudio-cli slurm; see README.txt. Submit from this directory.\n")
                .append("#SBATCH --job-name=hcastudio\n")
                .append("#SBATCH --cpus-per-task=").append(spec.cpus()).append('\n')
                .append("#SBATCH --mem=").append(spec.memoryMb()).append("M\n")
                .append("#SBATCH --output=logs/").append(log).append(".out\n");
        if (spec.time() != null) {
            text.append("#SBATCH --time=").append(spec.time()).append('\n');
        }
        if (spec.partition() != null) {
            text.append("#SBATCH --partition=").append(spec.partition()).append('\n');
        }
        return text.append("set -euo pipefail\n").toString();
    }

    private static String readme(Spec spec, StudyPlan plan) {
        return String.format(Locale.ROOT, """
                HCA Studio study '%s' on a Slurm cluster
                ==========================================

                %d runs in %d shards (array tasks), balanced by expected cost; every run has
                the seed it has when the study runs in one piece, so the merged results equal
                the study's. Written by hcastudio-cli slurm.

                What the cluster needs
                - This directory on a file system every node sees, at the same path.
                - The HCA Studio product folder (here %s) on every node, at the same path,
                  and a Java 21 or newer there (JAVA_HOME, or under /usr/lib/jvm).
                - sbatch, squeue and scancel where you submit; sacct where the cluster keeps
                  accounting (without it the states come from squeue and the job-completion log).

                Submit and follow from this directory (run it again to resubmit only the
                shards without complete results):
                  %s

                Or by hand, from this directory:
                  array=$(sbatch --parsable --array=1-%d%s %s)
                  sbatch --dependency=afterok:$array %s

                Results: shards/shard-I.sqlite per shard, logs/ for the tasks' output, and
                %s, the merged study (open it in HCA Studio or use hcastudio-cli report).
                """, oneLine(spec.study()), plan.runs().size(), spec.shards(), spec.cli().getParent(), commandLine(spec),
                spec.shards(),
                spec.arrayLimit() > 0 ? "%" + spec.arrayLimit() : "", SHARD_SCRIPT, MERGE_SCRIPT, RESULTS);
    }

    private static int heapMb(Spec spec) {
        return spec.memoryMb() - NON_HEAP_MB;
    }

    /** The command that submits and follows this directory's jobs, run from anywhere. */
    public String submitCommand(Spec spec) {
        return "cd " + quote(directory.toString()) + " && " + commandLine(spec);
    }

    /** {@code hcastudio-cli slurm ...} with every option of {@code spec}, run from the directory. */
    static String commandLine(Spec spec) {
        return quote(spec.cli().toString()) + " slurm " + quote(spec.topology()) + " --study " + quote(spec.study()) + " --shards "
                + spec.shards() + " --dir ." + (spec.partition() == null ? "" : " --partition "
                        + quote(spec.partition()))
                + (spec.time() == null ? "" : " --time " + quote(spec.time()))
                + (spec.arrayLimit() == 0 ? "" : " --array-limit " + spec.arrayLimit())
                + (spec.cpus() == 1 ? "" : " --cpus " + spec.cpus())
                + (spec.memoryMb() == 2048 ? "" : " --mem " + spec.memoryMb());
    }

    /** {@code 'text'} for bash, with single quotes inside escaped. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private static boolean isEmptyDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void writeAtomically(Path file, byte[] content, boolean executable) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temporary, content);
        if (executable) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One submission: an array job of some shards, or a merge job. */
    public record Submission(String kind, String jobId, List<Integer> shards) {
    }

    /** Everything submitted from this directory, oldest first. */
    public List<Submission> submissions() throws AnalysisException {
        Path file = directory.resolve(SUBMISSIONS);
        List<Submission> submissions = new ArrayList<>();
        if (!Files.exists(file)) {
            return submissions;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] words = line.strip().split(" ");
                if (words.length >= 2 && (words[0].equals("array") || words[0].equals("merge"))) {
                    List<Integer> shards = new ArrayList<>();
                    if (words.length > 2) {
                        for (String shard : words[2].split(",")) {
                            shards.add(Integer.parseInt(shard));
                        }
                    }
                    submissions.add(new Submission(words[0], words[1], shards));
                }
            }
            return submissions;
        } catch (IOException | NumberFormatException e) {
            throw new AnalysisException(file + ": unreadable: " + e.getMessage(), e);
        }
    }

    /** Records a submission (appended, so an interrupted command loses nothing submitted before). */
    void record(Submission submission) throws AnalysisException {
        String line = submission.kind() + " " + submission.jobId() + (submission.shards().isEmpty() ? ""
                : " " + String.join(",", submission.shards().stream().map(String::valueOf).toList())) + "\n";
        try {
            Files.writeString(directory.resolve(SUBMISSIONS), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new AnalysisException(directory.resolve(SUBMISSIONS) + ": cannot record job " + submission.jobId()
                    + ": " + e.getMessage(), e);
        }
    }
}
