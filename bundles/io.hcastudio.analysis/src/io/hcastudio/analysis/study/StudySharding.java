package io.hcastudio.analysis.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.ShardManifest;
import io.hcastudio.sim.config.CmtimeSession;
import io.hcastudio.sim.config.InboundBurstConfig;
import io.hcastudio.sim.config.OutboundBurstConfig;
import io.hcastudio.sim.config.StackReactionConfig;
import io.hcastudio.sim.config.WorkloadConfig;

/**
 * Splits the runs of a study into shards that separate processes (cluster array tasks) execute, each into its own
 * results file. The partition depends only on the plan and the shard count: every run is in exactly one shard, runs
 * keep their run ids and seeds, and the shards' expected costs are balanced by assigning the runs, most expensive
 * first, each to the shard with the least expected cost so far (longest-processing-time-first; ties go to the run
 * with the lower id and the shard with the lower number). The most and least loaded shards then differ by at most
 * the cost of one run.
 */
public final class StudySharding {

    /** Identifies this partition in shard files; change it together with the partition or the cost estimate. */
    public static final String SCHEME = "lpt-mads-v1";

    /**
     * MADs on the wire per cmtime connection: PathRecord Get and GetResp, REQ, REP, RTU, DREQ, DREP
     * (mlx4-proxy-model.md section 4.2).
     */
    static final long MADS_PER_CONNECTION = 7;

    /**
     * Cost of a run beyond its MADs (building the model, writing its results), in MAD equivalents. ASSUMPTION: the
     * order of the per-run overhead measured with the T1 burst scenario (about 0.1 s of a 4,500-MAD run); it only
     * weighs runs without traffic against each other.
     */
    static final long RUN_OVERHEAD = 500;

    private StudySharding() {
    }

    /** One shard of a study: {@code index} counts from 1 to {@code count}. */
    public record Shard(int index, int count) {

        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, was " + index + "/" + count);
            }
        }

        /** Parses {@code I/N}, e.g. {@code 2/4}. */
        public static Shard parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("a shard is I/N (e.g. 2/4), was '" + text + "'");
            }
            try {
                return new Shard(Integer.parseInt(text.substring(0, slash).strip()),
                        Integer.parseInt(text.substring(slash + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a shard is I/N with whole numbers (e.g. 2/4), was '" + text
                        + "'", e);
            }
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }

        /** {@code shard 2 of 4}. */
        public String label() {
            return String.format(Locale.ROOT, "shard %d of %d", index, count);
        }
    }

    /** Expected cost of a run in MAD equivalents: the MADs its workloads send, plus a fixed overhead. */
    public static long expectedCost(RunSpec run) {
        long mads = 0;
        for (WorkloadConfig workload : run.config().workloads()) {
            mads += switch (workload) {
                case OutboundBurstConfig burst -> burst.mads();
                case InboundBurstConfig burst -> burst.mads();
                case CmtimeSession session -> MADS_PER_CONNECTION * session.connections();
                // A request and its answer per join and path query, and the connections' MADs.
                case StackReactionConfig reaction -> 2L * (reaction.multicastGroups() + reaction.neighbours())
                        + MADS_PER_CONNECTION * reaction.connections();
                // Outages and faults send no MADs of their own.
                default -> 0;
            };
        }
        return RUN_OVERHEAD + mads;
    }

    /** The runs of every shard, shard 1 first, each list in run-id order. */
    public static List<List<RunSpec>> partition(StudyPlan plan, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("shard count must be positive, was " + count);
        }
        List<RunSpec> byCost = new ArrayList<>(plan.runs());
        byCost.sort(Comparator.comparingLong(StudySharding::expectedCost).reversed()
                .thenComparingInt(RunSpec::runId));
        // Shards ordered by load, then number: the head takes the next run.
        long[] load = new long[count];
        PriorityQueue<Integer> shards = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(shard -> load[shard]).thenComparingInt(shard -> shard));
        List<List<RunSpec>> runs = new ArrayList<>(count);
        for (int shard = 0; shard < count; shard++) {
            shards.add(shard);
            runs.add(new ArrayList<>());
        }
        for (RunSpec run : byCost) {
            int shard = shards.poll();
            runs.get(shard).add(run);
            load[shard] += expectedCost(run);
            shards.add(shard);
        }
        List<List<RunSpec>> sorted = new ArrayList<>(count);
        for (List<RunSpec> shardRuns : runs) {
            shardRuns.sort(Comparator.comparingInt(RunSpec::runId));
            sorted.add(List.copyOf(shardRuns));
        }
        return List.copyOf(sorted);
    }

    /** The runs of {@code shard}, in run-id order. */
    public static List<RunSpec> runsOf(StudyPlan plan, Shard shard) {
        return partition(plan, shard.count()).get(shard.index() - 1);
    }

    /**
     * Executes the runs of {@code shard} into {@code file}, a results file of the study marked as that shard (see
     * {@link ShardManifest}); an interrupted shard resumes like a study.
     */
    public static StudyOutcome run(StudyPlan plan, Shard shard, Path file, int jobs, StudyMonitor monitor)
            throws AnalysisException {
        List<RunSpec> runs = runsOf(plan, shard);
        // Created or reopened (the same study of the same model), then marked as the shard before any run.
        ResultsStore.create(file, plan.definition(), plan.model()).close();
        new ShardManifest(shard.index(), shard.count(), SCHEME, runs.stream().map(RunSpec::runId).toList())
                .attachTo(file);
        return StudyRunner.run(plan, runs, file, jobs, monitor, null);
    }
}
