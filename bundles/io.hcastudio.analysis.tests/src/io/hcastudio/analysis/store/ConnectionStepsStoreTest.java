package io.hcastudio.analysis.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hcastudio.analysis.ToolVersion;
import io.hcastudio.analysis.csv.CsvExport;
import io.hcastudio.analysis.mapping.RunOverrides;
import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSteps;
import io.hcastudio.analysis.result.ConnectionSummary;
import io.hcastudio.analysis.result.SessionResult;
import io.hcastudio.analysis.run.RunExecutor;
import io.hcastudio.analysis.study.StudyMonitor;
import io.hcastudio.analysis.study.StudyPlan;
import io.hcastudio.analysis.study.StudyPlanner;
import io.hcastudio.analysis.study.StudyRunner;
import io.hcastudio.model.examples.ExampleModels;
import io.hcastudio.sim.kernel.RunMonitor;

/** The per-connection cmtime steps of a commit-scenario run, through a results file and its CSV export. */
class ConnectionStepsStoreTest {

    private static final String SCENARIO = "cmtime-18x800-B";

    @TempDir
    static Path folder;

    static StudyPlan plan;
    static Path file;

    @BeforeAll
    static void storeOneRun() throws Exception {
        plan = StudyPlanner.planRun(ExampleModels.commitTestbed(), SCENARIO, RunOverrides.NONE);
        file = folder.resolve("steps.sqlite");
        StudyRunner.run(plan, file, 1, StudyMonitor.NONE);
    }

    @Test
    void storedStepsReadBackEqualToTheEngines() throws Exception {
        List<ConnectionSteps> engine = RunExecutor.execute(plan.runs().get(0), RunMonitor.NONE).orElseThrow()
                .connectionSteps();
        assertEquals(18, engine.size());
        assertTrue(engine.stream().anyMatch(steps -> retried(steps)), "profile B retries some steps");
        try (StudyResults results = ResultsStore.open(file)) {
            assertEquals(engine, results.connectionSteps(0));
        }
    }

    /** A study that keeps detail stores its runs' megabyte of blobs in 64 KB pages (see Sqlite.useLargePages). */
    @Test
    void aStudyKeepingDetailHasLargePages() throws Exception {
        try (Connection connection = Sqlite.open(file, true); Statement statement = connection.createStatement();
                ResultSet pageSize = statement.executeQuery("PRAGMA page_size")) {
            assertEquals(65536, pageSize.getInt(1));
        }
    }

    /** Sessions of any size, each with reached, unreached and failed steps, read back as written. */
    @Test
    void sessionsOfAnySizeReadBackAsWritten() throws Exception {
        List<ConnectionSteps> sessions = List.of(syntheticSession(1), syntheticSession(100), syntheticSession(128),
                syntheticSession(7));
        Path sizes = folder.resolve("sizes.sqlite");
        try (StudyResults stored = ResultsStore.open(file);
                ResultsStore store = ResultsStore.create(sizes, plan.definition(), plan.model())) {
            store.write(new CompletedRun(withSessionsOf(stored.runs().get(0), sessions), stored.series(0), sessions));
        }
        try (StudyResults results = ResultsStore.open(sizes)) {
            assertEquals(sessions, results.connectionSteps(0));
        }
    }

    /** The run with one session per element of {@code steps}, of as many connections. */
    private static RunRecord withSessionsOf(RunRecord run, List<ConnectionSteps> steps) {
        ConnectionSummary summary = run.connections();
        List<SessionResult> sessions = new ArrayList<>();
        for (int index = 0; index < steps.size(); index++) {
            SessionResult session = summary.sessions().get(index);
            sessions.add(new SessionResult(session.client(), session.server(), steps.get(index).size(), 0, 0, 0, 0,
                    0, session.phases(), 0));
        }
        return new RunRecord(run.runId(), run.pointIndex(), run.replication(), run.seed(), run.parameters(),
                run.profile(), run.toolVersion(), run.outcome(), run.endTimeNs(), run.eventsProcessed(), run.drops(),
                run.rings(), run.cqs(), run.madLatency(), run.mads(), new ConnectionSummary(summary.attempted(),
                        summary.established(), summary.failedRoute(), summary.failedConnect(), summary.delayed(),
                        summary.worstConnectNs(), summary.phases(), summary.counters(), sessions),
                run.recoveries(), run.reactions());
    }

    private static ConnectionSteps syntheticSession(int connections) {
        ConnectionSteps.Builder steps = new ConnectionSteps.Builder(connections);
        for (int connection = 0; connection < connections; connection++) {
            long startNs = 1_000L * connection;
            steps.step(connection, CmtimeStep.values()[0], startNs, 70 + connection, connection % 3);
            if (connection % 5 == 0) {
                steps.failed(connection, CmtimeStep.values()[1]);
                steps.step(connection, CmtimeStep.values()[1], startNs + 100, ConnectionSteps.NOT_REACHED, 4);
            } else {
                steps.step(connection, CmtimeStep.values()[1], startNs + 100, 5_000 + connection, 0);
            }
        }
        return steps.build();
    }

    @Test
    void identicalRunsGiveByteIdenticalFiles() throws Exception {
        Path second = folder.resolve("again.sqlite");
        StudyRunner.run(plan, second, 1, StudyMonitor.NONE);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second));
    }

    @Test
    void csvRowsCarryTheirContext() throws Exception {
        try (StudyResults results = ResultsStore.open(file)) {
            StringBuilder csv = new StringBuilder();
            CsvExport.connectionSteps(results, csv);
            List<List<String>> rows = csv.toString().lines().map(line -> List.of(line.split(",", -1))).toList();
            assertEquals(List.of("study", "topology", "scenario", "model_sha256", "tool_version", "run", "point",
                    "replication", "seed", "profile", "session", "client", "connection", "route_start_ns",
                    "route_ns", "route_retries", "connect_start_ns", "connect_ns", "connect_retries",
                    "disconnect_start_ns", "disconnect_ns", "disconnect_retries", "failed_step"), rows.get(0));
            assertEquals(1 + 14_400, rows.size());
            RunRecord run = results.runs().get(0);
            ConnectionSteps firstSession = results.connectionSteps(0).get(0);
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(List.of(SCENARIO, results.definition().topologyName(), SCENARIO,
                        results.modelSha256(), ToolVersion.VERSION, "0", "0", "0", Long.toString(run.seed()),
                        run.profile()), row.subList(0, 10));
            }
            List<String> first = rows.get(1);
            assertEquals(List.of("0", run.connections().sessions().get(0).client(), "0"), first.subList(10, 13));
            assertEquals(Long.toString(firstSession.stepNs(0, CmtimeStep.CONNECT)), first.get(17));
            StringBuilder oneRun = new StringBuilder();
            CsvExport.connectionSteps(results, 0, oneRun);
            assertEquals(csv.toString(), oneRun.toString());
        }
    }

    @Test
    void aVersion2FileIsReadWithoutStepsAndUpgradedWhenResumed() throws Exception {
        Path old = folder.resolve("schema-2.sqlite");
        Files.copy(file, old);
        try (Connection connection = Sqlite.open(old, false); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE session_steps");
            removeTimewaitCounter(statement);
            statement.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        List<RunRecord> runs;
        try (StudyResults results = ResultsStore.open(old)) {
            runs = results.runs();
            assertEquals(1, runs.size());
            assertEquals(List.of(), results.connectionSteps(0));
        }
        StudyRunner.run(plan, old, 1, StudyMonitor.NONE);
        try (Connection connection = Sqlite.open(old, true); Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery(
                        "SELECT value FROM meta WHERE key = 'schema_version'")) {
            assertTrue(version.next());
            assertEquals(Integer.toString(Schema.VERSION), version.getString(1));
        }
        try (StudyResults results = ResultsStore.open(old)) {
            assertEquals(runs, results.runs());
            assertEquals(List.of(), results.connectionSteps(0), "a run stored before the upgrade has no steps");
        }
    }

    @Test
    void aVersion5FileReadsItsStepRowsAndIsConvertedWhenResumed() throws Exception {
        Path old = folder.resolve("schema-5.sqlite");
        Files.copy(file, old);
        List<ConnectionSteps> stored;
        try (StudyResults results = ResultsStore.open(file)) {
            stored = results.connectionSteps(0);
        }
        toStepRows(old, stored);
        List<RunRecord> runs;
        try (StudyResults results = ResultsStore.open(old)) {
            runs = results.runs();
            assertEquals(stored, results.connectionSteps(0), "read from the rows of schema 5");
        }
        StudyRunner.run(plan, old, 1, StudyMonitor.NONE);
        try (Connection connection = Sqlite.open(old, true); Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT (SELECT value FROM meta"
                        + " WHERE key = 'schema_version'), (SELECT COUNT(*) FROM sqlite_master"
                        + " WHERE name = 'connection_steps'), (SELECT COUNT(*) FROM session_steps),"
                        + " (SELECT SUM(LENGTH(data)) FROM session_steps)")) {
            assertTrue(version.next());
            assertEquals(Integer.toString(Schema.VERSION), version.getString(1));
            assertEquals(0, version.getInt(2), "the rows were converted, their table dropped");
            assertEquals(18, version.getInt(3), "a blob per session");
            // A row took about 50 bytes.
            assertTrue(version.getInt(4) < 14_400 * 30, version.getInt(4) + " bytes of steps");
        }
        try (StudyResults results = ResultsStore.open(old)) {
            assertEquals(runs, results.runs());
            assertEquals(stored, results.connectionSteps(0));
        }
    }

    /** Makes a current file look as one of schema 5: the connection steps a row per connection. */
    private static void toStepRows(Path file, List<ConnectionSteps> sessions) throws Exception {
        try (Connection connection = Sqlite.open(file, false); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("DROP TABLE session_steps");
            statement.execute("CREATE TABLE connection_steps (run_id INTEGER NOT NULL, session INTEGER NOT NULL,"
                    + " connection INTEGER NOT NULL, route_start_ns INTEGER, route_ns INTEGER,"
                    + " route_retries INTEGER NOT NULL, connect_start_ns INTEGER, connect_ns INTEGER,"
                    + " connect_retries INTEGER NOT NULL, disconnect_start_ns INTEGER, disconnect_ns INTEGER,"
                    + " disconnect_retries INTEGER NOT NULL, failed_step TEXT,"
                    + " PRIMARY KEY (run_id, session, connection)) WITHOUT ROWID");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO connection_steps VALUES"
                    + " (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int session = 0; session < sessions.size(); session++) {
                    ConnectionSteps steps = sessions.get(session);
                    for (int index = 0; index < steps.size(); index++) {
                        insert.setInt(1, session);
                        insert.setInt(2, index);
                        for (CmtimeStep step : CmtimeStep.values()) {
                            int column = 3 + 3 * step.ordinal();
                            setTime(insert, column, steps.startNs(index, step));
                            setTime(insert, column + 1, steps.stepNs(index, step));
                            insert.setInt(column + 2, steps.retries(index, step));
                        }
                        insert.setString(12, steps.failedStep(index).map(CmtimeStep::label).orElse(null));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            statement.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'");
            connection.commit();
        }
    }

    private static void setTime(PreparedStatement insert, int column, long timeNs) throws Exception {
        if (timeNs == ConnectionSteps.NOT_REACHED) {
            insert.setNull(column, Types.BIGINT);
        } else {
            insert.setLong(column, timeNs);
        }
    }

    @Test
    void theSummaryViewShowsTheTimewaitCounterAndSaQueueOverflow() throws Exception {
        long engine = RunExecutor.execute(plan.runs().get(0), RunMonitor.NONE).orElseThrow().record().connections()
                .counters().requestsAfterTimewait();
        try (StudyResults results = ResultsStore.open(file)) {
            assertEquals(engine, results.runs().get(0).connections().counters().requestsAfterTimewait());
        }
        try (Connection connection = Sqlite.open(file, true); Statement statement = connection.createStatement();
                ResultSet summary = statement.executeQuery(
                        "SELECT requests_after_timewait, drops_sa_queue_overflow FROM run_summary")) {
            assertTrue(summary.next());
            assertEquals(engine, summary.getLong(1));
            assertEquals(0, summary.getLong(2), "the commit test bed's SA keeps up");
        }
    }

    @Test
    void aVersion3FileReadsNoTimewaitCounterAndIsUpgradedWhenResumed() throws Exception {
        Path old = folder.resolve("schema-3.sqlite");
        Files.copy(file, old);
        try (Connection connection = Sqlite.open(old, false); Statement statement = connection.createStatement()) {
            removeTimewaitCounter(statement);
            statement.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
        }
        try (StudyResults results = ResultsStore.open(old)) {
            assertEquals(0, results.runs().get(0).connections().counters().requestsAfterTimewait());
        }
        StudyRunner.run(plan, old, 1, StudyMonitor.NONE);
        try (Connection connection = Sqlite.open(old, true); Statement statement = connection.createStatement();
                ResultSet summary = statement.executeQuery("SELECT requests_after_timewait FROM run_summary")) {
            assertTrue(summary.next(), "the upgrade recreated the view with the new column");
        }
    }

    /** Makes a current file look as one written before schema 4: no counter column, the old view. */
    private static void removeTimewaitCounter(Statement statement) throws Exception {
        statement.execute("DROP VIEW run_summary");
        statement.execute("ALTER TABLE runs DROP COLUMN requests_after_timewait");
        statement.execute("CREATE VIEW run_summary AS SELECT run_id FROM runs");
    }

    private static boolean retried(ConnectionSteps steps) {
        for (int connection = 0; connection < steps.size(); connection++) {
            for (CmtimeStep step : CmtimeStep.values()) {
                if (steps.retries(connection, step) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
