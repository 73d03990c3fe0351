package io.hcastudio.analysis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.analysis.study.StudySharding;
import io.hcastudio.model.Topology;

/** Merging shard files: equal to the unsharded study, and every refusal with its one line. */
class ShardMergeTest {

    /** The study run whole and in three shards, once for all tests (which only read these files). */
    @TempDir
    static Path inputs;

    @TempDir
    Path folder;

    private static StudyPlan plan;
    private static Path whole;
    private static List<Path> shards;

    @BeforeAll
    static void runTheStudyWholeAndInThreeShards() throws AnalysisException {
        plan = StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY, RunOverrides.NONE);
        whole = inputs.resolve("whole.sqlite");
        StudyRunner.run(plan, whole, 2, StudyMonitor.NONE);
        shards = shardsOf(plan, 3, inputs, "shard");
    }

    private List<Path> shardsOf(StudyPlan study, int count, String prefix) throws AnalysisException {
        return shardsOf(study, count, folder, prefix);
    }

    private static List<Path> shardsOf(StudyPlan study, int count, Path where, String prefix)
            throws AnalysisException {
        List<Path> files = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            Path file = where.resolve(prefix + "-" + index + ".sqlite");
            StudySharding.run(study, new StudySharding.Shard(index, count), file, 1, StudyMonitor.NONE);
            files.add(file);
        }
        return files;
    }

    @Test
    void mergedShardsEqualTheStudyRunInOnePiece() throws Exception {
        Path merged = folder.resolve("merged.sqlite");
        // Given in any order.
        ShardMerge.Outcome outcome = ShardMerge.merge(List.of(shards.get(2), shards.get(0), shards.get(1)), merged,
                false);

        assertTrue(outcome.isComplete());
        assertEquals(6, outcome.mergedRuns());
        assertEquals(StoreDump.of(whole), StoreDump.of(merged));
        assertEquals(csv(whole), csv(merged));
        assertFalse(ShardManifest.read(merged).isPresent(), "a merged study is no shard");
        try (StudyResults results = ResultsStore.open(merged)) {
            assertTrue(results.isComplete());
        }
        assertFalse(Files.exists(folder.resolve(".merged.sqlite.merging")));
    }

    @Test
    void eachShardHoldsOnlyItsRuns() throws AnalysisException {
        int total = 0;
        for (Path shard : shards) {
            ShardManifest manifest = ShardManifest.read(shard).orElseThrow();
            try (StudyResults results = ResultsStore.open(shard)) {
                assertEquals(manifest.runIds(), results.runs().stream().map(RunRecord::runId).toList());
                total += results.runs().size();
            }
        }
        assertEquals(plan.runs().size(), total);
    }

    @Test
    void aShardFileOfAnotherShardOrOfTheWholeStudyIsRefused() throws IOException {
        AnalysisException other = assertThrows(AnalysisException.class, () -> StudySharding.run(plan,
                new StudySharding.Shard(2, 3), shards.get(0), 1, StudyMonitor.NONE));
        assertTrue(other.getMessage().contains("is shard 1 of 3") && other.getMessage().contains("not shard 2 of 3"),
                other.getMessage());
        AnalysisException wholeStudy = assertThrows(AnalysisException.class, () -> StudySharding.run(plan,
                new StudySharding.Shard(1, 3), whole, 1, StudyMonitor.NONE));
        assertTrue(wholeStudy.getMessage().contains("runs that shard 1 of 3 does not run"), wholeStudy.getMessage());
    }

    @Test
    void shardsOfAnotherStudyAreRefused() throws Exception {
        StudyPlan otherSeed = StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY,
                new RunOverrides(null, 7L));
        Path stranger = shardsOf(otherSeed, 3, "seed7").get(1);
        assertRefused("shards of different studies: " + stranger + " holds study 'burst size'",
                List.of(shards.get(0), stranger, shards.get(2)));
    }

    @Test
    void shardsOfAnotherModelVersionAreRefused() throws Exception {
        Topology changed = TestModels.smallStudy();
        changed.setDescription("edited after shard 1 ran");
        StudyPlan edited = StudyPlanner.planStudy(changed, TestModels.STUDY, RunOverrides.NONE);
        Path stranger = shardsOf(edited, 3, "edited").get(1);
        assertRefused("shards of different model versions: " + stranger + " ran model SHA-256 "
                + edited.modelSha256(), List.of(shards.get(0), stranger, shards.get(2)));
    }

    @Test
    void shardsOfAnotherToolVersionAreRefused() throws Exception {
        Path old = copy(shards.get(1), "old-2.sqlite");
        sql(old, "UPDATE meta SET value = '0.0.9' WHERE key = 'tool_version'", "UPDATE runs SET tool_version = '0.0.9'");
        assertRefused("shards of different tool versions: " + old + " was written by hcastudio 0.0.9",
                List.of(shards.get(0), old, shards.get(2)));
        Path mixed = copy(shards.get(1), "mixed-2.sqlite");
        sql(mixed, "UPDATE runs SET tool_version = '0.0.9'");
        assertRefused("shards of different tool versions: " + mixed + " holds runs of hcastudio 0.0.9",
                List.of(shards.get(0), mixed, shards.get(2)));
    }

    @Test
    void shardsOfAnotherShardCountAreRefused() throws Exception {
        Path half = shardsOf(plan, 2, "half").get(1);
        assertRefused("shards of different partitions: " + half + " is shard 2 of 2",
                List.of(shards.get(0), half, shards.get(2)));
    }

    @Test
    void duplicateShardsAreRefused() throws Exception {
        Path twin = copy(shards.get(1), "twin.sqlite");
        assertRefused("duplicate shards: " + shards.get(1) + " and " + twin + " are both shard 2 of 3",
                List.of(shards.get(0), shards.get(1), twin, shards.get(2)));
        assertRefused("duplicate shards: " + shards.get(0) + " and " + shards.get(0) + " are both shard 1 of 3",
                List.of(shards.get(0), shards.get(0), shards.get(1), shards.get(2)));
    }

    @Test
    void missingShardsAreNamedAndPartialMergeSaysWhatIsMissing() throws Exception {
        assertRefused("cannot merge: shard 2 of 3 (no file) (--allow-partial merges what is there)",
                List.of(shards.get(0), shards.get(2)));

        Path merged = folder.resolve("partial.sqlite");
        ShardMerge.Outcome outcome = ShardMerge.merge(List.of(shards.get(0), shards.get(2)), merged, true);

        assertEquals(List.of("shard 2 of 3 (no file)"), outcome.missing());
        List<Integer> shardTwo = ShardManifest.read(shards.get(1)).orElseThrow().runIds();
        try (StudyResults results = ResultsStore.open(merged)) {
            assertEquals(shardTwo, results.missingRunIds());
        }
        // The partial merge resumes like an interrupted study and then equals the whole study.
        StudyRunner.run(plan, merged, 1, StudyMonitor.NONE);
        assertEquals(csv(whole), csv(merged));
    }

    @Test
    void incompleteAndUnreadableShardsCountAsMissing() throws Exception {
        Path cut = copy(shards.get(1), "cut-2.sqlite");
        int lost = ShardManifest.read(cut).orElseThrow().runIds().get(0);
        sql(cut, "DELETE FROM runs WHERE run_id = " + lost);
        assertRefused("cannot merge: " + cut + " (shard 2 of 3) holds 1 of its 2 runs",
                List.of(shards.get(0), cut, shards.get(2)));

        Path garbage = folder.resolve("garbage.sqlite");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        assertRefused(garbage + ": not a readable results file", List.of(shards.get(0), garbage, shards.get(2)));
        ShardMerge.Outcome outcome = ShardMerge.merge(List.of(shards.get(0), garbage, shards.get(2)),
                folder.resolve("partial.sqlite"), true);
        assertEquals(2, outcome.missing().size(), outcome.missing().toString());
        assertTrue(outcome.missing().get(0).startsWith(garbage + ": not a readable results file"));
        assertEquals("shard 2 of 3 (no file)", outcome.missing().get(1));
    }

    @Test
    void aStudyInOnePieceIsNoShard() throws Exception {
        assertRefused(whole + " is no shard (it holds study 'burst size' in one piece)",
                List.of(whole, shards.get(0)));
    }

    @Test
    void theOutputMustBeNoShardAndItsFolderMustExist() throws Exception {
        AnalysisException self = assertThrows(AnalysisException.class, () -> ShardMerge.merge(shards,
                shards.get(1), false));
        assertEquals(shards.get(1) + " is one of the shards; write the merged study to another file",
                self.getMessage());
        Path nowhere = folder.resolve("no-such-folder").resolve("merged.sqlite");
        AnalysisException folderMissing = assertThrows(AnalysisException.class, () -> ShardMerge.merge(shards,
                nowhere, false));
        assertEquals(nowhere + ": the folder " + nowhere.getParent() + " does not exist", folderMissing.getMessage());
    }

    /** The merge is refused with one line starting with {@code start}, and writes nothing. */
    private void assertRefused(String start, List<Path> inputs) throws IOException {
        Path output = folder.resolve("refused.sqlite");
        AnalysisException refusal = assertThrows(AnalysisException.class, () -> ShardMerge.merge(inputs, output,
                false));
        assertTrue(refusal.getMessage().startsWith(start), refusal.getMessage());
        assertEquals(1, refusal.getMessage().lines().count(), refusal.getMessage());
        assertFalse(Files.exists(output));
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".merging")));
        }
    }

    private Path copy(Path file, String name) throws IOException {
        return Files.copy(file, folder.resolve(name));
    }

    private static void sql(Path file, String... statements) throws SQLException {
        try (Connection connection = Sqlite.open(file, false); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String csv(Path file) throws Exception {
        StringWriter out = new StringWriter();
        try (StudyResults results = ResultsStore.open(file)) {
            CsvExport.runs(results, out);
            CsvExport.drops(results, out);
            CsvExport.aggregates(results, out);
        }
        return out.toString();
    }
}
