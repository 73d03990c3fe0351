package io.hcastudio.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.model.resource.HcaTopologyResources;

/** The job directory's scripts and the parsers of the scheduler's answers (as Slurm 22.05 prints them). */
class SlurmJobDirectoryTest {

    @TempDir
    Path folder;

    private static SlurmJobDirectory.Spec spec(int shards, String time, int limit) {
        return new SlurmJobDirectory.Spec("burst size", shards, "debug", time, limit, 2, 1500,
                Path.of("/opt/hca studio/hcastudio-cli"), "small.hcatopo");
    }

    @Test
    void arrayTasksRunTheirShardWithTheTasksCpusAndMemory() {
        String script = SlurmJobDirectory.shardScript(spec(4, "1:00:00", 0));
        assertTrue(script.contains("#SBATCH --cpus-per-task=2\n#SBATCH --mem=1500M\n"
                + "#SBATCH --output=logs/shard-%a.out\n#SBATCH --time=1:00:00\n#SBATCH --partition=debug\n"), script);
        assertTrue(script.contains("export HCASTUDIO_JAVA_OPTS=\"-XX:ActiveProcessorCount=$cpus -Xmx1244m\""),
                script);
        assertTrue(script.endsWith("exec '/opt/hca studio/hcastudio-cli' study 'small.hcatopo' --study 'burst size'"
                + " --shard \"$SLURM_ARRAY_TASK_ID/4\" --jobs \"$cpus\""
                + " -o \"shards/shard-$SLURM_ARRAY_TASK_ID.sqlite\"\n"), script);
        String merge = SlurmJobDirectory.mergeScript(spec(4, null, 0));
        assertTrue(!merge.contains("--time") && merge.endsWith(
                "exec '/opt/hca studio/hcastudio-cli' merge shards/shard-*.sqlite -o study.sqlite\n"), merge);
        assertEquals("'it'\\''s'", SlurmJobDirectory.quote("it's"));
    }

    @Test
    void theDirectoryIsWrittenOnceForOneStudyAndRefusedForAnother() throws Exception {
        Path model = folder.resolve("small.hcatopo");
        HcaTopologyResources.save(TestModels.smallStudy(), model);
        StudyPlan plan = StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY, RunOverrides.NONE);
        SlurmJobDirectory directory = new SlurmJobDirectory(folder.resolve("job"));

        directory.write(model, plan, spec(3, null, 2));
        directory.write(model, plan, spec(3, "2:00:00", 2));

        assertEquals(Files.readString(model), Files.readString(folder.resolve("job/small.hcatopo")));
        assertTrue(Files.isExecutable(folder.resolve("job/shards.sbatch")));
        String readme = Files.readString(folder.resolve("job/README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("array=$(sbatch --parsable --array=1-3%2 shards.sbatch)"), readme);
        assertTrue(readme.contains("--time '2:00:00' --array-limit 2 --cpus 2 --mem 1500"), readme);
        AnalysisException other = assertThrows(AnalysisException.class,
                () -> directory.write(model, plan, spec(4, null, 0)));
        assertTrue(other.getMessage().contains("holds study 'burst size' in 3 shards"), other.getMessage());
        Path stranger = Files.createDirectory(folder.resolve("stranger"));
        Files.writeString(stranger.resolve("notes.txt"), "mine");
        AnalysisException notOurs = assertThrows(AnalysisException.class,
                () -> new SlurmJobDirectory(stranger).write(model, plan, spec(3, null, 0)));
        assertTrue(notOurs.getMessage().contains("is no job directory"), notOurs.getMessage());
        AnalysisException noParent = assertThrows(AnalysisException.class,
                () -> new SlurmJobDirectory(folder.resolve("a/b")).write(model, plan, spec(3, null, 0)));
        assertTrue(noParent.getMessage().endsWith("does not exist"), noParent.getMessage());
    }

    @Test
    void sacctStatesExpandPendingTaskRangesAndDropTheCancellingUser() {
        Map<String, String> states = TaskStates.parseSacct("""
                41_1|COMPLETED
                41_2|CANCELLED by 0
                41_[3-5,7%2]|PENDING
                42|PENDING
                """);
        assertEquals(Map.of("41_1", "COMPLETED", "41_2", "CANCELLED", "41_3", "PENDING", "41_4", "PENDING",
                "41_5", "PENDING", "41_7", "PENDING", "42", "PENDING"), states);
        assertTrue(TaskStates.isActive("PENDING") && !TaskStates.isActive("TIMEOUT"));
    }

    @Test
    void theJobCompletionLogGivesArrayTasksAndPlainJobs() {
        // Lines as jobcomp/filetxt writes them (shortened); the array's own id is reused for its last task.
        String log = """
                JobId=1 UserId=root(0) GroupId=root(0) Name=hcastudio JobState=COMPLETED Partition=debug \
                TimeLimit=UNLIMITED NodeList=vm NodeCnt=1 ProcCnt=1 ArrayJobId=1 ArrayTaskId=4 ExitCode=0:0
                JobId=3 UserId=root(0) Name=hcastudio JobState=CANCELLED ArrayJobId=1 ArrayTaskId=2 ExitCode=0:0
                JobId=2 UserId=root(0) Name=hcastudio JobState=CANCELLED ExitCode=0:0
                JobId=6 UserId=root(0) Name=hcastudio JobState=FAILED ArrayJobId=1 ArrayTaskId=2 ExitCode=2:0
                """;
        assertEquals(Map.of("1_4", "COMPLETED", "1_2", "FAILED", "2", "CANCELLED"),
                TaskStates.parseJobCompletionLog(log));
    }

    @Test
    void submittedShardListsAreRanges() {
        assertEquals("1-3,5,7-8", SlurmStudy.ranges(List.of(1, 2, 3, 5, 7, 8)));
        assertEquals("2", SlurmStudy.ranges(List.of(2)));
    }
}
