package io.hcastudio.analysis.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.hcastudio.analysis.AnalysisException;

/**
 * The Slurm client commands ({@code sbatch}, {@code squeue}, {@code sacct}, {@code scancel}, {@code scontrol}) as the
 * PATH offers them; the cluster is whatever they talk to ({@code SLURM_CONF} is passed on).
 */
public final class Slurm {

    private static final long TIMEOUT_SECONDS = 60;

    /** Output of one client command. */
    record Result(int exitCode, String out, String err) {
    }

    /** Whether {@code sbatch} is on the PATH. */
    public static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "sbatch"))) {
                return true;
            }
        }
        return false;
    }

    /** Submits {@code script} from {@code directory} (its working directory) and returns the job id. */
    public String sbatch(Path directory, List<String> options, String script) throws AnalysisException {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(options);
        command.add(script);
        Result result = run(directory, command);
        String id = result.out().strip();
        int semicolon = id.indexOf(';');
        id = semicolon < 0 ? id : id.substring(0, semicolon);
        if (result.exitCode() != 0 || !id.matches("\\d+")) {
            throw new AnalysisException("sbatch " + script + " failed: " + lastLine(result.err().isBlank()
                    ? result.out() : result.err()));
        }
        return id;
    }

    /** Cancels jobs or array tasks ({@code 12}, {@code 12_3}); unknown or finished ones are ignored. */
    public void scancel(Collection<String> ids) throws AnalysisException {
        if (!ids.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("scancel"));
            command.addAll(ids);
            run(null, command);
        }
    }

    /**
     * States of the given jobs and their array tasks: from {@code sacct} when the cluster keeps accounting, else
     * from {@code squeue} for what the controller still remembers, else from the job-completion log. An id none of
     * them knows is absent.
     *
     * @return states keyed {@code ARRAYID_TASK} or {@code JOBID}, and the source of each
     */
    public Map<String, String[]> states(Collection<String> jobIds) throws AnalysisException {
        Map<String, String[]> states = new LinkedHashMap<>();
        if (jobIds.isEmpty()) {
            return states;
        }
        Result sacct = runQuietly(List.of("sacct", "-n", "-P", "-X", "-o", "JobID,State", "-j",
                String.join(",", jobIds)));
        boolean accounting = sacct != null && sacct.exitCode() == 0
                && !(sacct.out() + sacct.err()).contains("accounting storage is disabled");
        List<String> unknown = new ArrayList<>(jobIds);
        if (accounting) {
            TaskStates.parseSacct(sacct.out()).forEach((id, state) -> states.put(id, new String[] {state, "sacct"}));
            // The accounting database may lag behind a submission by seconds: ask the controller about the rest.
            unknown.removeIf(job -> states.keySet().stream().anyMatch(id -> id.equals(job)
                    || id.startsWith(job + "_")));
        }
        for (String job : unknown) {
            Result squeue = runQuietly(List.of("squeue", "-h", "-t", "all", "-r", "-j", job, "-o", "%i|%T"));
            if (squeue != null && squeue.exitCode() == 0) {
                TaskStates.parseSqueue(squeue.out())
                        .forEach((id, state) -> states.put(id, new String[] {state, "squeue"}));
            }
        }
        Path log = accounting ? null : jobCompletionLog();
        if (log != null) {
            try {
                TaskStates.parseJobCompletionLog(Files.readString(log, StandardCharsets.UTF_8)).forEach((id, state) -> {
                    String job = id.contains("_") ? id.substring(0, id.indexOf('_')) : id;
                    if (jobIds.contains(job)) {
                        states.putIfAbsent(id, new String[] {state, "job completion log"});
                    }
                });
            } catch (IOException e) {
                // An unreadable log is one source less; squeue's answer stands.
            }
        }
        return states;
    }

    /** The job-completion log file when the cluster writes one ({@code jobcomp/filetxt}) and it is readable. */
    private Path jobCompletionLog() {
        Result config = runQuietly(List.of("scontrol", "show", "config"));
        if (config == null || config.exitCode() != 0) {
            return null;
        }
        String type = null;
        String location = null;
        for (String line : config.out().split("\\R")) {
            String[] pair = line.split("=", 2);
            if (pair.length == 2) {
                switch (pair[0].strip()) {
                    case "JobCompType" -> type = pair[1].strip();
                    case "JobCompLoc" -> location = pair[1].strip();
                    default -> {
                    }
                }
            }
        }
        if (!"jobcomp/filetxt".equals(type) || location == null || !Files.isReadable(Path.of(location))) {
            return null;
        }
        return Path.of(location);
    }

    private Result runQuietly(List<String> command) {
        try {
            return run(null, command);
        } catch (AnalysisException e) {
            return null;
        }
    }

    private static Result run(Path directory, List<String> command) throws AnalysisException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            Process process = builder.start();
            // Both streams are small (ids, state lines); read them on their own threads so neither fills up.
            var out = new java.util.concurrent.CompletableFuture<String>();
            var err = new java.util.concurrent.CompletableFuture<String>();
            Thread.ofVirtual().start(() -> out.complete(read(process.getInputStream())));
            Thread.ofVirtual().start(() -> err.complete(read(process.getErrorStream())));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AnalysisException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AnalysisException(command.get(0) + " cannot be started (" + e.getMessage()
                    + "); is Slurm's client on the PATH?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("interrupted while waiting for " + command.get(0), e);
        }
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** sbatch says what went wrong last ("fatal: ...", "Batch job submission failed: ..."). */
    private static String lastLine(String text) {
        String stripped = text.strip();
        int newline = stripped.lastIndexOf('\n');
        return newline < 0 ? stripped : stripped.substring(newline + 1);
    }
}
