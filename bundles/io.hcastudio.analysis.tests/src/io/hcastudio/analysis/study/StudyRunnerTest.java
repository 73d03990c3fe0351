package io.hcastudio.analysis.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.SeedDerivation;
import io.hcastudio.analysis.TestModels;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.run.RunExecutor;
import io.hcastudio.analysis.run.RunSpec;
import io.hcastudio.analysis.store.ResultsStore;
import io.hcastudio.analysis.store.RunRecord;
import io.hcastudio.analysis.store.StoreDump;
import io.hcastudio.analysis.store.StudyResults;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.Study;
import io.hcastudio.model.SweepParameter;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.kernel.RunMonitor;

class StudyRunnerTest {

    @TempDir
    Path folder;

    private static StudyPlan smallPlan() throws AnalysisException {
        return StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY, RunOverrides.NONE);
    }

    @Test
    void planHasThreePointsOfTwoReplicationsWithDerivedSeeds() throws AnalysisException {
        StudyPlan plan = smallPlan();

        assertEquals(6, plan.runs().size());
        for (RunSpec spec : plan.runs()) {
            assertEquals(spec.pointIndex() * 2 + spec.replication(), spec.runId());
            assertEquals(SeedDerivation.seed(1, TestModels.STUDY, spec.pointIndex(), spec.replication()), spec.seed());
            assertEquals(List.of("100", "150", "200").get(spec.pointIndex()),
                    spec.parameters().get("outboundBurst.madCount"));
        }
        assertEquals(64, plan.modelSha256().length());
    }

    @Test
    void sameStudyTwiceGivesByteIdenticalFiles() throws Exception {
        Path first = folder.resolve("first.sqlite");
        Path second = folder.resolve("second.sqlite");

        StudyRunner.run(smallPlan(), first, 2, StudyMonitor.NONE);
        StudyRunner.run(smallPlan(), second, 2, StudyMonitor.NONE);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(StoreDump.of(first), StoreDump.of(second));
    }

    @Test
    void jobCountDoesNotChangeTheResults() throws Exception {
        Path oneJob = folder.resolve("one.sqlite");
        Path twoJobs = folder.resolve("two.sqlite");
        Path fourJobs = folder.resolve("four.sqlite");

        StudyRunner.run(smallPlan(), oneJob, 1, StudyMonitor.NONE);
        StudyRunner.run(smallPlan(), twoJobs, 2, StudyMonitor.NONE);
        StudyRunner.run(smallPlan(), fourJobs, 4, StudyMonitor.NONE);

        assertArrayEquals(Files.readAllBytes(oneJob), Files.readAllBytes(twoJobs));
        assertArrayEquals(Files.readAllBytes(oneJob), Files.readAllBytes(fourJobs));
    }

    @Test
    void reopeningShowsWhatWasStoredWithoutRunningAgain() throws Exception {
        Path file = folder.resolve("study.sqlite");
        List<RunRecord> stored = new ArrayList<>();
        StudyOutcome outcome = StudyRunner.run(smallPlan(), file, 2, new StudyMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void runStored(RunRecord run, int storedRuns, int totalRuns) {
                stored.add(run);
            }
        });

        assertTrue(outcome.isComplete());
        assertEquals(6, outcome.executedRuns());
        try (StudyResults results = ResultsStore.open(file)) {
            assertEquals(stored, results.runs());
            assertEquals(smallPlan().definition(), results.definition());
            assertEquals(smallPlan().modelSha256(), results.modelSha256());
            assertTrue(results.isComplete());
            RunSpec spec = smallPlan().runs().get(3);
            assertEquals(RunExecutor.execute(spec, RunMonitor.NONE).orElseThrow().series(), results.series(3));
            assertEquals(3, results.aggregates().size());
        }
        StudyOutcome again = StudyRunner.run(smallPlan(), file, 2, StudyMonitor.NONE);
        assertEquals(6, again.resumedRuns());
        assertEquals(0, again.executedRuns());
    }

    @Test
    void cancellingMidStudyLeavesAConsistentFileThatResumesOnlyTheMissingRuns() throws Exception {
        Path interrupted = folder.resolve("interrupted.sqlite");
        AtomicBoolean cancel = new AtomicBoolean();
        StudyOutcome partial = StudyRunner.run(smallPlan(), interrupted, 1, new StudyMonitor() {
            @Override
            public boolean isCancelled() {
                return cancel.get();
            }

            @Override
            public void runStarting(int runId) {
                if (runId == 2) {
                    cancel.set(true);
                }
            }
        });

        assertTrue(partial.cancelled());
        assertFalse(partial.isComplete());
        List<Integer> missing;
        try (StudyResults results = ResultsStore.open(interrupted)) {
            assertEquals(List.of(0, 1), results.runs().stream().map(RunRecord::runId).toList());
            missing = results.missingRunIds();
            assertEquals(List.of(2, 3, 4, 5), missing);
        }

        AtomicInteger resumedAt = new AtomicInteger(-1);
        List<Integer> executed = new ArrayList<>();
        StudyOutcome resumed = StudyRunner.run(smallPlan(), interrupted, 2, new StudyMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void started(int totalRuns, int alreadyStored) {
                resumedAt.set(alreadyStored);
            }

            @Override
            public void runStored(RunRecord run, int storedRuns, int totalRuns) {
                executed.add(run.runId());
            }
        });

        assertEquals(2, resumedAt.get());
        assertEquals(missing, executed);
        assertEquals(4, resumed.executedRuns());
        assertTrue(resumed.isComplete());
        Path uninterrupted = folder.resolve("uninterrupted.sqlite");
        StudyRunner.run(smallPlan(), uninterrupted, 2, StudyMonitor.NONE);
        assertEquals(StoreDump.of(uninterrupted), StoreDump.of(interrupted));
    }

    @Test
    void aFileOfAnotherStudyIsRefusedNotOverwritten() throws Exception {
        Path file = folder.resolve("study.sqlite");
        StudyRunner.run(smallPlan(), file, 1, StudyMonitor.NONE);
        byte[] before = Files.readAllBytes(file);
        StudyPlan otherSeed = StudyPlanner.planStudy(TestModels.smallStudy(), TestModels.STUDY,
                RunOverrides.NONE.withSeed(9L));

        AnalysisException error = assertThrows(AnalysisException.class,
                () -> StudyRunner.run(otherSeed, file, 1, StudyMonitor.NONE));

        assertTrue(error.getMessage().contains("choose another file"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNoDatabaseIsReportedWithItsName() throws IOException {
        Path file = folder.resolve("corrupt.sqlite");
        Files.writeString(file, "this is not a results file, just text that is long enough to have a header page");

        AnalysisException error = assertThrows(AnalysisException.class, () -> ResultsStore.open(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertThrows(AnalysisException.class, () -> ResultsStore.open(folder.resolve("missing.sqlite")));
    }

    @Test
    void aSingleRunIsStoredAsAStudyOfOnePoint() throws Exception {
        Path file = folder.resolve("run.sqlite");
        StudyPlan plan = StudyPlanner.planRun(TestModels.smallStudy(), TestModels.SCENARIO,
                RunOverrides.NONE.withSeed(42L));

        StudyRunner.run(plan, file, 1, StudyMonitor.NONE);

        try (StudyResults results = ResultsStore.open(file)) {
            assertEquals(2, results.runs().size(), "the scenario's two replications");
            assertEquals(SeedDerivation.seed(42, TestModels.SCENARIO, 0, 1), results.runs().get(1).seed());
            assertEquals(745, results.runs().get(0).specifiedDrops(), "5 × 200 − 255 wire-ring drops under A");
        }
    }

    @Test
    void sweepingThePresetBeatsTheScenariosPresetOverride() throws AnalysisException {
        StudyPlan plan = StudyPlanner.planStudy(ExampleModels.commitTestbed(), "all presets", RunOverrides.NONE);

        assertEquals(List.of("A", "B", "C", "D"), plan.runs().stream().map(RunSpec::profile).toList());
        assertEquals(List.of(256, 2048, 2048, 256), plan.runs().stream()
                .map(spec -> spec.config().host("hostA").proxy().orElseThrow().wireRingSize()).toList());
    }

    @Test
    void aSweptRingSizeTakesEffectOnTopOfTheScenariosPresetOverride() throws AnalysisException {
        Topology topology = ExampleModels.commitTestbed();
        Study study = topology.getScenarios().stream().flatMap(scenario -> scenario.getStudies().stream())
                .filter(candidate -> candidate.getName().equals("all presets")).findFirst().orElseThrow();
        Scenario scenario = (Scenario) study.eContainer();
        scenario.setPresetOverride(ProfilePreset.A);
        SweepParameter ring = study.getParameters().get(0);
        ring.setKey("driverProfile.wireRingSize");
        ring.getValues().clear();
        ring.getValues().addAll(List.of("512", "1024"));

        StudyPlan plan = StudyPlanner.planStudy(topology, "all presets", RunOverrides.NONE);

        assertEquals(List.of(512, 1024), plan.runs().stream()
                .map(spec -> spec.config().host("hostA").proxy().orElseThrow().wireRingSize()).toList());
        for (RunSpec spec : plan.runs()) {
            var driver = spec.config().host("hostA").proxy().orElseThrow();
            assertEquals(256, driver.tunnelRingSize(), "the rest of the override's preset still holds");
            assertFalse(driver.splitWireWorkqueue());
        }
        assertThrows(AnalysisException.class, () -> StudyPlanner.planStudy(topology, "all presets",
                RunOverrides.NONE.withProfile("C")), "a profile override would hide the swept ring size");
    }

    @Test
    void anOverrideMayNotHideASweptPreset() {
        assertThrows(AnalysisException.class, () -> StudyPlanner.planStudy(ExampleModels.commitTestbed(),
                "all presets", RunOverrides.NONE.withProfile("C")));
    }
}
