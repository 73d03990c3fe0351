package io.hcastudio.analysis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.result.ReactionCounters;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.run.RunExecutor;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.LinkEvent;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Topology;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.kernel.RunMonitor;

/** Recovery figures and reaction counters through a results file, its summary view and CSV, and older files. */
class RecoveryStoreTest {

    private static final String SCENARIO = "T2-inbound-burst-B";

    @TempDir
    static Path folder;

    static StudyPlan plan;
    static Path file;

    @BeforeAll
    static void storeOneRun() throws Exception {
        Topology topology = ExampleModels.commitTestbed();
        Scenario scenario = topology.getScenarios().stream()
                .filter(candidate -> candidate.getName().equals(SCENARIO)).findFirst().orElseThrow();
        LinkEvent flap = HcaFactory.eINSTANCE.createLinkEvent();
        flap.setName("flap");
        flap.setLink(topology.getLinks().get(2));
        flap.setTimeNs(1_000_000);
        scenario.getEvents().add(flap);
        StackReaction rds = HcaFactory.eINSTANCE.createStackReaction();
        rds.setName("rds");
        rds.setConnections(2);
        scenario.getReactions().add(rds);
        plan = StudyPlanner.planRun(topology, SCENARIO, RunOverrides.NONE);
        file = folder.resolve("recovery.sqlite");
        StudyRunner.run(plan, file, 1, StudyMonitor.NONE);
    }

    @Test
    void storedFiguresReadBackEqualToTheEngines() throws Exception {
        RunRecord engine = RunExecutor.execute(plan.runs().get(0), RunMonitor.NONE).orElseThrow().record();
        RecoveryFigure figure = engine.recoveries().get(0);
        // hostB port 1 flaps: its 9 functions reconnect 2 connections each once the link is back after 50 ms.
        assertEquals("link down hostB/p1", figure.incident());
        assertEquals(18, figure.affected());
        assertEquals(18, figure.recovered());
        assertTrue(figure.recoveryNs() > 50_000_000L, "recovered in " + figure.recoveryNs());
        assertEquals(18, engine.reactions().reconnections());
        try (StudyResults results = ResultsStore.open(file)) {
            assertEquals(engine.recoveries(), results.runs().get(0).recoveries());
            assertEquals(engine.reactions(), results.runs().get(0).reactions());
        }
        try (Connection connection = Sqlite.open(file, true); Statement statement = connection.createStatement();
                ResultSet summary = statement.executeQuery(
                        "SELECT incidents, never_recovered, worst_recovery_ns FROM run_summary")) {
            assertTrue(summary.next());
            assertEquals(1, summary.getInt(1));
            assertEquals(0, summary.getInt(2));
            assertEquals(figure.recoveryNs(), summary.getLong(3));
        }
    }

    @Test
    void theRunsCsvHasTheRecoveryMetricsAndTheRecoveriesCsvOneRowPerIncident() throws Exception {
        try (StudyResults results = ResultsStore.open(file)) {
            RunRecord run = results.runs().get(0);
            StringBuilder runs = new StringBuilder();
            CsvExport.runs(results, runs);
            List<String> header = List.of(runs.toString().lines().findFirst().orElseThrow().split(","));
            List<String> row = List.of(runs.toString().lines().skip(1).findFirst().orElseThrow().split(","));
            assertEquals("0", row.get(header.indexOf("never_recovered")));
            assertEquals(Long.toString(run.recoveries().get(0).recoveryNs()),
                    row.get(header.indexOf("worst_recovery_ns")));
            StringBuilder csv = new StringBuilder();
            CsvExport.recoveries(results, csv);
            assertEquals(2, csv.toString().lines().count());
            assertTrue(csv.toString().contains(",link down hostB/p1,1000000,18,18,0,"), csv.toString());
        }
    }

    @Test
    void aVersion4FileReadsNoFiguresAndIsUpgradedWhenResumed() throws Exception {
        Path old = folder.resolve("schema-4.sqlite");
        Files.copy(file, old);
        try (Connection connection = Sqlite.open(old, false); Statement statement = connection.createStatement()) {
            statement.execute("DROP VIEW run_summary");
            statement.execute("DROP TABLE recoveries");
            statement.execute("DROP TABLE reactions");
            statement.execute("CREATE VIEW run_summary AS SELECT run_id FROM runs");
            statement.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'");
        }
        try (StudyResults results = ResultsStore.open(old)) {
            assertEquals(List.of(), results.runs().get(0).recoveries());
            assertEquals(ReactionCounters.NONE, results.runs().get(0).reactions());
        }
        StudyRunner.run(plan, old, 1, StudyMonitor.NONE);
        try (Connection connection = Sqlite.open(old, true); Statement statement = connection.createStatement();
                ResultSet summary = statement.executeQuery("SELECT never_recovered FROM run_summary")) {
            assertTrue(summary.next(), "the upgrade recreated the view with the recovery columns");
        }
    }
}
