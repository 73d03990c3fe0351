package io.hcastudio.analysis.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.ShardManifest;
import io.hcastudio.analysis.store.StudyResults;

/**
 * Submits the shards of a {@link SlurmJobDirectory} that have no complete results yet, with a merge job that waits
 * for them, and follows the jobs until the merge is done. A shard is done when the scheduler says its last task
 * COMPLETED (or remembers nothing of it) and its results file opens and holds every run of the shard; a file that
 * is incomplete or does not open counts as missing, and the file's mere existence never counts.
 */
public final class SlurmStudy {

    /** What the scheduler and the files say about one shard. */
    public record ShardState(int index, String jobId, String state, String source, boolean resultsComplete) {

        /** Still pending or running on the cluster. */
        public boolean active() {
            return state != null && TaskStates.isActive(state);
        }

        /** Finished with complete results. */
        public boolean done() {
            return resultsComplete && (state == null || state.equals("COMPLETED"));
        }
    }

    /** The state of all shards and of the latest merge job. */
    public record Status(List<ShardState> shards, String mergeJobId, String mergeState, boolean resultsComplete) {

        public boolean mergeActive() {
            return mergeState != null && TaskStates.isActive(mergeState);
        }

        /** {@code shards: 2 completed, 1 running, 1 pending of 4; merge pending (job 12)}. */
        public String progressLine() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ShardState shard : shards) {
                String label = shard.done() ? "done" : shard.state() == null ? "not submitted"
                        : shard.state().toLowerCase(Locale.ROOT);
                counts.merge(label, 1, Integer::sum);
            }
            List<String> parts = new ArrayList<>();
            counts.forEach((label, count) -> parts.add(count + " " + label));
            return "shards: " + String.join(", ", parts) + " of " + shards.size() + "; merge "
                    + (mergeJobId == null ? "not submitted" : (mergeState == null ? "unknown"
                            : mergeState.toLowerCase(Locale.ROOT)) + " (job " + mergeJobId + ")")
                    + (resultsComplete ? "; results complete" : "");
        }
    }

    private final SlurmJobDirectory directory;
    private final SlurmJobDirectory.Spec spec;
    private final Slurm slurm;

    public SlurmStudy(SlurmJobDirectory directory, SlurmJobDirectory.Spec spec, Slurm slurm) {
        this.directory = directory;
        this.spec = spec;
        this.slurm = slurm;
    }

    /** Asks the scheduler about every shard's latest task and the latest merge job, and checks the files. */
    public Status status() throws AnalysisException {
        Map<Integer, String> taskOfShard = new LinkedHashMap<>();
        String mergeJob = null;
        List<String> jobs = new ArrayList<>();
        for (SlurmJobDirectory.Submission submission : directory.submissions()) {
            jobs.add(submission.jobId());
            if (submission.kind().equals("merge")) {
                mergeJob = submission.jobId();
            } else {
                for (int shard : submission.shards()) {
                    taskOfShard.put(shard, submission.jobId() + "_" + shard);
                }
            }
        }
        Map<String, String[]> states = slurm.states(jobs);
        List<ShardState> shards = new ArrayList<>();
        for (int index = 1; index <= spec.shards(); index++) {
            String task = taskOfShard.get(index);
            String[] state = task == null ? null : states.get(task);
            shards.add(new ShardState(index, task, state == null ? null : state[0], state == null ? null : state[1],
                    shardComplete(index)));
        }
        String[] merge = mergeJob == null ? null : states.get(mergeJob);
        return new Status(shards, mergeJob, merge == null ? null : merge[0], resultsComplete());
    }

    /**
     * Submits every shard that is neither done nor active, then a merge job after them (and after the shards still
     * active) unless the merged results are complete already and nothing was submitted.
     *
     * @return a line saying what was submitted, or that nothing needed to be
     */
    public String submit() throws AnalysisException {
        Status status = status();
        List<Integer> resubmit = new ArrayList<>();
        List<String> waitFor = new ArrayList<>();
        for (ShardState shard : status.shards()) {
            if (shard.active()) {
                waitFor.add(shard.jobId());
            } else if (!shard.done()) {
                resubmit.add(shard.index());
            }
        }
        if (resubmit.isEmpty() && waitFor.isEmpty() && status.resultsComplete()) {
            return "all " + spec.shards() + " shards are done and " + directory.results() + " is complete;"
                    + " nothing to submit";
        }
        if (resubmit.isEmpty() && status.mergeActive()) {
            return "nothing to resubmit; shards " + waitFor.size() + " active, merge job " + status.mergeJobId()
                    + " " + status.mergeState().toLowerCase(Locale.ROOT);
        }
        if (status.mergeActive()) {
            // It waits for tasks that failed and will be run again: a new merge job replaces it.
            slurm.scancel(List.of(status.mergeJobId()));
        }
        StringBuilder line = new StringBuilder();
        if (!resubmit.isEmpty()) {
            String array = ranges(resubmit) + (spec.arrayLimit() > 0 ? "%" + spec.arrayLimit() : "");
            String id = slurm.sbatch(directory.directory(), List.of("--array=" + array),
                    SlurmJobDirectory.SHARD_SCRIPT);
            directory.record(new SlurmJobDirectory.Submission("array", id, resubmit));
            waitFor.add(id);
            line.append(resubmit.size() == spec.shards() ? "submitted " : "resubmitted ")
                    .append(resubmit.size() == 1 ? "shard " : "shards ").append(ranges(resubmit))
                    .append(" of ").append(spec.shards()).append(" as job ").append(id).append("; ");
        }
        List<String> options = new ArrayList<>();
        if (!waitFor.isEmpty()) {
            options.add("--dependency=afterok:" + String.join(":", waitFor));
        }
        String merge = slurm.sbatch(directory.directory(), options, SlurmJobDirectory.MERGE_SCRIPT);
        directory.record(new SlurmJobDirectory.Submission("merge", merge, List.of()));
        return line.append("merge as job ").append(merge).toString();
    }

    /**
     * Polls until the latest merge job has finished (or the scheduler forgot it), or no shard runs any more and
     * one of them failed (the merge then cannot run), reporting each status.
     *
     * @return the final status
     */
    public Status follow(long pollMillis, Consumer<Status> progress, BooleanSupplier cancelled)
            throws AnalysisException {
        while (true) {
            Status status = status();
            progress.accept(status);
            boolean shardsActive = status.shards().stream().anyMatch(ShardState::active);
            boolean shardsFailed = status.shards().stream().anyMatch(shard -> !shard.active() && !shard.done());
            // Without DependencyParameters=kill_invalid_depend a merge job after a failed shard pends forever.
            if (!shardsActive && (!status.mergeActive() || shardsFailed)) {
                return status;
            }
            if (cancelled.getAsBoolean()) {
                return status;
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalysisException("interrupted while following the jobs", e);
            }
        }
    }

    private boolean shardComplete(int index) {
        try {
            ShardManifest manifest = ShardManifest.read(directory.shardFile(index)).orElse(null);
            if (manifest == null || manifest.index() != index || manifest.count() != spec.shards()) {
                return false;
            }
            try (StudyResults results = ResultsStore.open(directory.shardFile(index))) {
                return results.runs().size() == manifest.runIds().size();
            }
        } catch (AnalysisException e) {
            return false;
        }
    }

    private boolean resultsComplete() {
        if (!java.nio.file.Files.isRegularFile(directory.results())) {
            return false;
        }
        try (StudyResults results = ResultsStore.open(directory.results())) {
            return results.isComplete();
        } catch (AnalysisException e) {
            return false;
        }
    }

    /** {@code 1-3,5}. */
    static String ranges(List<Integer> sorted) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        int previous = -1;
        for (int value : sorted) {
            if (start < 0) {
                start = value;
            } else if (value != previous + 1) {
                parts.add(start == previous ? Integer.toString(start) : start + "-" + previous);
                start = value;
            }
            previous = value;
        }
        if (start >= 0) {
            parts.add(start == previous ? Integer.toString(start) : start + "-" + previous);
        }
        return String.join(",", parts);
    }
}
