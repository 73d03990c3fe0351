package io.hcastudio.analysis.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;

class StudyShardingTest {

    private static StudyPlan smallStudy() throws AnalysisException {
        return StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY, RunOverrides.NONE);
    }

    private static StudyPlan smallMap() throws AnalysisException {
        return StudyPlanner.planStudy(TestModels.smallMap(), TestModels.MAP, RunOverrides.NONE);
    }

    @Test
    void everyRunIsInExactlyOneShardWithItsIdAndSeed() throws AnalysisException {
        for (StudyPlan plan : List.of(smallStudy(), smallMap())) {
            for (int count = 1; count <= plan.runs().size() + 2; count++) {
                List<List<RunSpec>> shards = StudySharding.partition(plan, count);
                assertEquals(count, shards.size());
                Map<Integer, Integer> shardOfRun = new HashMap<>();
                for (int shard = 0; shard < count; shard++) {
                    List<Integer> ids = shards.get(shard).stream().map(RunSpec::runId).toList();
                    assertEquals(ids.stream().sorted().toList(), ids, "shard runs in run-id order");
                    for (RunSpec run : shards.get(shard)) {
                        assertEquals(null, shardOfRun.put(run.runId(), shard), "run " + run.runId() + " twice");
                        // The very spec of the unsharded plan: same point, replication and seed.
                        assertEquals(plan.runs().get(run.runId()), run);
                    }
                }
                assertEquals(plan.runs().size(), shardOfRun.size(), count + " shards");
            }
        }
    }

    @Test
    void shardsAreBalancedByExpectedCostNotByRunCount() throws AnalysisException {
        StudyPlan plan = smallStudy();
        // Bursts of 100, 150 and 200 MADs from 5 functions, 2 replications each: costs 1000, 1250, 1500 (x2).
        assertEquals(List.of(1000L, 1000L, 1250L, 1250L, 1500L, 1500L),
                plan.runs().stream().map(StudySharding::expectedCost).toList());
        // A split into contiguous thirds would cost 2000 / 2500 / 3000; pairing the largest with the smallest is even.
        for (List<RunSpec> shard : StudySharding.partition(plan, 3)) {
            assertEquals(2500, cost(shard), shard.toString());
        }
        for (StudyPlan other : List.of(smallMap(), plan)) {
            for (int count = 2; count <= 5; count++) {
                List<Long> loads = StudySharding.partition(other, count).stream().map(StudyShardingTest::cost)
                        .toList();
                long largestRun = other.runs().stream().mapToLong(StudySharding::expectedCost).max().orElseThrow();
                assertTrue(loads.stream().mapToLong(Long::longValue).max().orElseThrow()
                        - loads.stream().mapToLong(Long::longValue).min().orElseThrow() <= largestRun,
                        count + " shards: " + loads);
            }
        }
    }

    @Test
    void costGrowsWithTheConnectionsOfACmtimeRun() throws AnalysisException {
        Topology testbed = ExampleModels.commitTestbed();
        StudyPlan commit = StudyPlanner.planRun(testbed, "cmtime-18x800-C", RunOverrides.NONE);
        // 18 cmtime clients x 800 connections x 7 MADs, plus the run overhead.
        assertEquals(18 * 800 * 7 + StudySharding.RUN_OVERHEAD, StudySharding.expectedCost(commit.runs().get(0)));
    }

    @Test
    void partitionIsTheSameEveryTime() throws AnalysisException {
        assertEquals(StudySharding.partition(smallMap(), 4), StudySharding.partition(smallMap(), 4));
        assertEquals(StudySharding.partition(smallMap(), 4).get(2),
                StudySharding.runsOf(smallMap(), new StudySharding.Shard(3, 4)));
    }

    @Test
    void shardNotationIsIOfN() {
        assertEquals(new StudySharding.Shard(2, 4), StudySharding.Shard.parse("2/4"));
        assertEquals("shard 2 of 4", StudySharding.Shard.parse("2/4").label());
        for (String bad : List.of("0/4", "5/4", "2", "a/4", "2/0", "-1/3")) {
            assertThrows(IllegalArgumentException.class, () -> StudySharding.Shard.parse(bad), bad);
        }
    }

    private static long cost(List<RunSpec> runs) {
        return runs.stream().mapToLong(StudySharding::expectedCost).sum();
    }
}
