package io.hcastudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.TestModels;
import io.hcastudio.model.resource.HcaTopologyResources;

/** study --shard, merge and slurm --dry-run on the command line. */
class ShardCommandsTest {

    @TempDir
    Path folder;

    @Test
    void threeShardsMergeIntoTheStudysCsvAndReport() throws IOException {
        Path model = folder.resolve("small.hcatopo");
        HcaTopologyResources.save(TestModels.smallStudy(), model);
        Path whole = Files.createDirectory(folder.resolve("whole")).resolve("study.sqlite");
        assertOk(CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "-o", whole.toString()));
        for (int shard = 1; shard <= 3; shard++) {
            CliRun run = CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "--shard", shard + "/3",
                    "--jobs", "1", "-o", folder.resolve("shard-" + shard + ".sqlite").toString());
            assertOk(run);
            assertTrue(run.out().contains("shard " + shard + " of 3 of study 'burst size': 2 of 2 runs stored (6 in"
                    + " the study)"), run.out());
        }
        Path merged = Files.createDirectory(folder.resolve("merged")).resolve("study.sqlite");
        CliRun merge = CliRun.of("merge", folder.resolve("shard-3.sqlite").toString(),
                folder.resolve("shard-1.sqlite").toString(), folder.resolve("shard-2.sqlite").toString(), "-o",
                merged.toString());
        assertOk(merge);
        assertTrue(merge.out().startsWith("Merged 3 files of study 'burst size' (3 shards): 6 of 6 runs"), merge.out());
        for (String table : new String[] {"runs", "drops", "aggregates"}) {
            assertEquals(CliRun.of("export-csv", whole.toString(), "--table", table).out(),
                    CliRun.of("export-csv", merged.toString(), "--table", table).out(), table);
        }
        CliRun report = CliRun.of("report", merged.toString(), "--format", "text");
        assertOk(report);
        assertEquals(CliRun.of("report", whole.toString(), "--format", "text").out(), report.out());
    }

    @Test
    void mergeRefusesMissingShardsOnOneLineUnlessPartialIsAllowed() throws IOException {
        Path model = folder.resolve("small.hcatopo");
        HcaTopologyResources.save(TestModels.smallStudy(), model);
        for (int shard : new int[] {1, 3}) {
            assertOk(CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "--shard", shard + "/3",
                    "-o", folder.resolve("shard-" + shard + ".sqlite").toString()));
        }
        Path merged = folder.resolve("merged.sqlite");
        CliRun refused = CliRun.of("merge", folder.resolve("shard-1.sqlite").toString(),
                folder.resolve("shard-3.sqlite").toString(), "-o", merged.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, refused.exitCode());
        assertTrue(refused.errIsOneLine(), refused.err());
        assertEquals("hcastudio-cli merge: cannot merge: shard 2 of 3 (no file) (--allow-partial merges what is"
                + " there)", refused.err().strip());
        assertFalse(Files.exists(merged));
        CliRun partial = CliRun.of("merge", folder.resolve("shard-1.sqlite").toString(),
                folder.resolve("shard-3.sqlite").toString(), "-o", merged.toString(), "--allow-partial");
        assertOk(partial);
        assertTrue(partial.out().contains(": 4 of 6 runs"), partial.out());
        assertEquals("hcastudio-cli merge: missing shard 2 of 3 (no file)", partial.err().strip());
        CliRun badShard = CliRun.of("study", model.toString(), "--study", TestModels.STUDY, "--shard", "4/3");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, badShard.exitCode());
        assertTrue(badShard.errIsOneLine() && badShard.err().contains("--shard: a shard is I/N with 1 <= I <= N"),
                badShard.err());
    }

    @Test
    void slurmDryRunWritesTheJobDirectoryAndSaysHowToSubmitIt() throws IOException {
        Path model = folder.resolve("small.hcatopo");
        HcaTopologyResources.save(TestModels.smallStudy(), model);
        Path job = folder.resolve("job");
        CliRun dryRun = CliRun.of("slurm", model.toString(), "--study", TestModels.STUDY, "--shards", "3", "--dir",
                job.toString(), "--time", "10:00", "--cli", "/opt/hcastudio/hcastudio-cli", "--dry-run");
        assertOk(dryRun);
        assertTrue(dryRun.out().contains("study 'burst size', 6 runs in 3 shards"), dryRun.out());
        assertTrue(dryRun.out().contains("Submit it with: cd '" + job + "' && '/opt/hcastudio/hcastudio-cli' slurm"
                + " 'small.hcatopo' --study 'burst size' --shards 3 --dir . --time '10:00'"), dryRun.out());
        assertTrue(Files.readString(job.resolve("shards.sbatch"), StandardCharsets.UTF_8)
                .contains("#SBATCH --time=10:00"));
        CliRun noCli = CliRun.of("slurm", model.toString(), "--study", TestModels.STUDY, "--shards", "3", "--dir",
                job.toString(), "--dry-run");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, noCli.exitCode());
        assertTrue(noCli.errIsOneLine() && noCli.err().contains("--cli PATH is needed"), noCli.err());
        CliRun zero = CliRun.of("slurm", model.toString(), "--study", TestModels.STUDY, "--shards", "0", "--cli",
                "/x/hcastudio-cli", "--dry-run");
        assertEquals(ExitCode.USAGE_OR_INPUT_ERROR, zero.exitCode());
    }

    private static void assertOk(CliRun run) {
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }
}
