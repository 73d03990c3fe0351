package io.hcastudio.analysis.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.result.CmCounters;
import io.hcastudio.analysis.result.ConnectionSteps;
import io.hcastudio.analysis.result.ConnectionSummary;
import io.hcastudio.analysis.result.CqStats;
import io.hcastudio.analysis.result.Direction;
import io.hcastudio.analysis.result.DropCause;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.result.LatencyHistogram;
import io.hcastudio.analysis.result.MadAccounting;
import io.hcastudio.analysis.result.PhaseStats;
import io.hcastudio.analysis.result.QpType;
import io.hcastudio.analysis.result.ReactionCounters;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.result.RingStats;
import io.hcastudio.analysis.result.RunOutcome;
import io.hcastudio.analysis.result.SessionResult;

/**
 * A results file opened for reading: the study definition and provenance, every stored run in run-id order, the
 * aggregates over replications, and the occupancy series and connection steps of a run on demand. Reading never
 * runs anything; runs the study planned but the file lacks (an interrupted study) are listed by
 * {@link #missingRunIds()}.
 * <p>
 * Everything but {@link #series(int)} and {@link #connectionSteps(int)} is read when the file is opened;
 * {@link #close()} releases the file.
 */
public final class StudyResults implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final StoredStudy study;
    private final List<RunRecord> runs;
    private final Map<Integer, RunRecord> runsById = new HashMap<>();

    private StudyResults(Path file, Connection connection, StoredStudy study, List<RunRecord> runs) {
        this.file = file;
        this.connection = connection;
        this.study = study;
        this.runs = List.copyOf(runs);
        runs.forEach(run -> runsById.put(run.runId(), run));
    }

    static StudyResults open(Path file) throws AnalysisException {
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException(file + ": " + (Files.exists(file) ? "not a regular file" : "the file does not exist"));
        }
        Connection connection = null;
        try {
            connection = Sqlite.open(file, true);
            if (!StoredStudy.hasMeta(connection)) {
                throw new AnalysisException(file + ": not a results file (no study definition in it)");
            }
            StoredStudy study = StoredStudy.read(connection, file);
            return new StudyResults(file, connection, study, new RunReader(connection, study.definition()).read());
        } catch (SQLException e) {
            close(connection);
            throw new AnalysisException(file + ": not a readable results file: " + e.getMessage(), e);
        } catch (AnalysisException | RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public StudyDefinition definition() {
        return study.definition();
    }

    /** SHA-256 of the canonical saved model the study ran on. */
    public String modelSha256() {
        return study.modelSha256();
    }

    /**
     * The model the study ran on, as saved; empty for files written before results kept their model (those need
     * the model file to be reported on).
     */
    public Optional<ModelSnapshot> model() throws AnalysisException {
        try {
            return StoredStudy.model(connection);
        } catch (SQLException e) {
            throw new AnalysisException(file + ": cannot read the model snapshot: " + e.getMessage(), e);
        }
    }

    /** Version of the tool that created the file; each run also records its own. */
    public String toolVersion() {
        return study.toolVersion();
    }

    /** Stored runs in run-id order. */
    public List<RunRecord> runs() {
        return runs;
    }

    public Optional<RunRecord> run(int runId) {
        return Optional.ofNullable(runsById.get(runId));
    }

    /**
     * The file as if it held run {@code runId} only, so that any export of it writes the rows of that run. It shares
     * the open file: closing either closes both.
     */
    public StudyResults onlyRun(int runId) throws AnalysisException {
        RunRecord run = run(runId).orElseThrow(() -> new AnalysisException(file + " holds no run " + runId));
        return new StudyResults(file, connection, study, List.of(run));
    }

    /** Planned runs the file does not hold yet, ascending. */
    public List<Integer> missingRunIds() {
        List<Integer> missing = new ArrayList<>();
        for (int id = 0; id < definition().runCount(); id++) {
            if (!runsById.containsKey(id)) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Whether every planned run is stored. */
    public boolean isComplete() {
        return runs.size() == definition().runCount();
    }

    /** Mean and 95 % confidence interval of the key figures over the replications of every sweep point. */
    public List<PointAggregate> aggregates() {
        return PointAggregate.of(definition(), runs);
    }

    /** The robustness map of the stored runs; only for a {@link StudyDefinition.Kind#ROBUSTNESS_MAP} study. */
    public RobustnessMap robustnessMap() throws AnalysisException {
        if (definition().kind() != StudyDefinition.Kind.ROBUSTNESS_MAP) {
            throw new AnalysisException(file + ": study '" + definition().name() + "' is no robustness map");
        }
        return RobustnessMap.of(definition(), runs);
    }

    /** The occupancy series of a run, in the order the engine listed them. */
    public List<OccupancyCurve> series(int runId) throws AnalysisException {
        List<OccupancyCurve> curves = new ArrayList<>();
        String detailColumns = study.schemaVersion() == Schema.VERSION_WITHOUT_MODEL ? "0, 0, x''"
                : "detail_bucket_ns, detail_bucket_count, detail_data";
        try (PreparedStatement query = connection.prepareStatement("SELECT name, bucket_ns, max, bucket_count, data, "
                + detailColumns + " FROM series WHERE run_id = ? ORDER BY series_index")) {
            query.setInt(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long bucketNs = rows.getLong(2);
                    long detailBucketNs = rows.getLong(6);
                    curves.add(new OccupancyCurve(rows.getString(1), bucketNs, rows.getLong(3),
                            SeriesCodec.decode(rows.getBytes(5), rows.getInt(4), bucketNs), detailBucketNs,
                            SeriesCodec.decode(rows.getBytes(8), rows.getInt(7), detailBucketNs)));
                }
            }
            return curves;
        } catch (SQLException | IllegalArgumentException e) {
            throw new AnalysisException(file + ": cannot read the series of run " + runId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The per-connection cmtime steps of a run, one entry per session in session order; empty for a run without
     * cmtime and for runs stored before results kept connection steps.
     */
    public List<ConnectionSteps> connectionSteps(int runId) throws AnalysisException {
        RunRecord run = runsById.get(runId);
        if (run == null || study.schemaVersion() <= Schema.VERSION_WITHOUT_CONNECTION_STEPS) {
            return List.of();
        }
        List<Integer> connections = run.connections().sessions().stream().map(SessionResult::connections).toList();
        try {
            if (study.schemaVersion() <= Schema.VERSION_WITH_STEP_ROWS) {
                return ConnectionStepRows.read(connection, runId, connections);
            }
            List<ConnectionSteps> steps = new ArrayList<>(connections.size());
            try (PreparedStatement query = connection.prepareStatement("SELECT session, connections, data"
                    + " FROM session_steps WHERE run_id = ? ORDER BY session")) {
                query.setInt(1, runId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int session = rows.getInt(1);
                        if (session != steps.size() || session >= connections.size()
                                || rows.getInt(2) != connections.get(session)) {
                            throw new IllegalArgumentException("unexpected session " + session + " of "
                                    + rows.getInt(2) + " connections");
                        }
                        steps.add(ConnectionStepsCodec.decode(rows.getBytes(3), rows.getInt(2)));
                    }
                }
            }
            if (!steps.isEmpty() && steps.size() != connections.size()) {
                throw new IllegalArgumentException(steps.size() + " sessions, expected " + connections.size());
            }
            // None: stored before the file was upgraded to keep connection steps, or without cmtime.
            return steps;
        } catch (SQLException | IllegalArgumentException e) {
            throw new AnalysisException(file + ": cannot read the connection steps of run " + runId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        close(connection);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Read-only: nothing can be lost by a failed close.
            }
        }
    }

    /** Reads every run with its child rows, one query per table. */
    private static final class RunReader {

        private final Connection connection;
        private final StudyDefinition definition;

        RunReader(Connection connection, StudyDefinition definition) {
            this.connection = connection;
            this.definition = definition;
        }

        /** Files before schema 4 lack the column (read-only files are not upgraded). */
        private boolean runsHaveTimewaitCounter() throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM pragma_table_info('runs') WHERE name = 'requests_after_timewait'");
                    ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }

        /** Files before schema 5 lack the recovery tables (read-only files are not upgraded). */
        private boolean hasRecoveryTables() throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'recoveries'");
                    ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }

        List<RunRecord> read() throws SQLException {
            boolean timewaitCounted = runsHaveTimewaitCounter();
            Map<Integer, List<RecoveryFigure>> recoveries = new HashMap<>();
            Map<Integer, ReactionCounters> reactions = new HashMap<>();
            if (hasRecoveryTables()) {
                recoveries = grouped("SELECT run_id, incident, at_ns, affected, recovered, recovery_ns,"
                        + " ipoib_affected, ipoib_recovery_ns, ipoib_never_recovered FROM recoveries"
                        + " ORDER BY run_id, incident_index",
                        rows -> new RecoveryFigure(rows.getString(2), rows.getLong(3), rows.getInt(4),
                                rows.getInt(5), rows.getLong(6), rows.getInt(7), rows.getLong(8), rows.getInt(9)));
                Map<Integer, ReactionCounters> counters = reactions;
                query("SELECT run_id, port_events, multicast_joins, joins_to_sa, joins_answered_by_pf,"
                        + " path_queries, alias_guid_sets, reconnections FROM reactions ORDER BY run_id",
                        rows -> counters.put(rows.getInt(1), new ReactionCounters(rows.getLong(2), rows.getLong(3),
                                rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                                rows.getLong(8))));
            }
            Map<Integer, List<RecoveryFigure>> recoveriesById = recoveries;
            Map<Integer, Map<String, String>> parameters = new HashMap<>();
            query("SELECT run_id, key, value FROM run_parameters ORDER BY run_id, position", rows -> parameters
                    .computeIfAbsent(rows.getInt(1), id -> new LinkedHashMap<>()).put(rows.getString(2), rows.getString(3)));
            Map<Integer, List<DropCount>> drops = grouped("SELECT run_id, host, port, function, qp, direction, cause,"
                    + " count, first_ns, last_ns FROM drops ORDER BY run_id, host, port, function, qp, direction, cause",
                    rows -> new DropCount(rows.getString(2), rows.getInt(3), rows.getInt(4),
                            QpType.valueOf(rows.getString(5)), Direction.valueOf(rows.getString(6)),
                            DropCause.valueOf(rows.getString(7)), rows.getLong(8), rows.getLong(9), rows.getLong(10)));
            Map<Integer, List<RingStats>> rings = grouped("SELECT run_id, host, port, function, qp, ring_size, sends,"
                    + " reaps, send_rejects, max_outstanding, receives, receive_overruns, max_receive_backlog"
                    + " FROM rings ORDER BY run_id, host, port, function, qp",
                    rows -> new RingStats(rows.getString(2), rows.getInt(3), rows.getInt(4),
                            QpType.valueOf(rows.getString(5)), rows.getInt(6), rows.getLong(7), rows.getLong(8),
                            rows.getLong(9), rows.getLong(10), rows.getLong(11), rows.getLong(12), rows.getLong(13)));
            Map<Integer, List<CqStats>> cqs = grouped("SELECT run_id, host, port, function, capacity, max_occupancy,"
                    + " overflows, completion_events, work_runs, queue_requests FROM cqs"
                    + " ORDER BY run_id, host, port, function",
                    rows -> new CqStats(rows.getString(2), rows.getInt(3), rows.getInt(4), rows.getInt(5),
                            rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9), rows.getLong(10)));
            Map<Integer, List<long[]>> latency = grouped("SELECT run_id, upper_ns, count FROM latency_buckets"
                    + " ORDER BY run_id, bucket", rows -> new long[] {rows.getLong(2), rows.getLong(3)});
            Map<Integer, Map<Integer, List<PhaseStats>>> phases = new HashMap<>();
            query("SELECT run_id, session, phase, count, min_ns, max_ns, mean_ns, total_ns FROM phases"
                    + " ORDER BY run_id, session, phase_index", rows -> phases
                            .computeIfAbsent(rows.getInt(1), id -> new HashMap<>())
                            .computeIfAbsent(rows.getInt(2), session -> new ArrayList<>())
                            .add(new PhaseStats(rows.getString(3), rows.getLong(4), rows.getLong(5), rows.getLong(6),
                                    rows.getDouble(7), rows.getLong(8))));
            Map<Integer, List<SessionResult>> sessions = grouped("SELECT run_id, session, client, server, connections,"
                    + " established, failed_route, failed_connect, delayed, disconnected, worst_connect_ns"
                    + " FROM sessions ORDER BY run_id, session",
                    rows -> new SessionResult(rows.getString(3), rows.getString(4), rows.getInt(5), rows.getInt(6),
                            rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getInt(10),
                            phasesOf(phases, rows.getInt(1), rows.getInt(2)), rows.getLong(11)));
            List<RunRecord> runs = new ArrayList<>();
            query("SELECT * FROM runs ORDER BY run_id", rows -> {
                int id = rows.getInt("run_id");
                List<long[]> buckets = latency.getOrDefault(id, List.of());
                LatencyHistogram histogram = new LatencyHistogram(rows.getLong("latency_count"),
                        rows.getLong("latency_min_ns"), rows.getLong("latency_max_ns"),
                        rows.getDouble("latency_mean_ns"), buckets.stream().map(b -> b[0]).toList(),
                        buckets.stream().map(b -> b[1]).toList());
                CmCounters counters = new CmCounters(rows.getLong("sa_timeouts"), rows.getLong("req_retries"),
                        rows.getLong("rep_retries"), rows.getLong("dreq_retries"), rows.getLong("rtu_resent"),
                        rows.getLong("drep_resent"), rows.getLong("mra_sent"), rows.getLong("mra_received"),
                        rows.getLong("duplicates_ignored"), rows.getLong("stale_responses"),
                        timewaitCounted ? rows.getLong("requests_after_timewait") : 0);
                ConnectionSummary connections = new ConnectionSummary(rows.getLong("connections_attempted"),
                        rows.getLong("connections_established"), rows.getLong("connections_failed_route"),
                        rows.getLong("connections_failed_connect"), rows.getLong("connections_delayed"),
                        rows.getLong("worst_connect_ns"), phasesOf(phases, id, -1), counters,
                        sessions.getOrDefault(id, List.of()));
                MadAccounting mads = new MadAccounting(rows.getLong("mads_created"), rows.getLong("mads_delivered"),
                        rows.getLong("mads_dropped"), rows.getLong("mads_in_flight"));
                runs.add(new RunRecord(id, rows.getInt("point_index"), rows.getInt("replication"),
                        rows.getLong("seed"), parameters.getOrDefault(id, definition.pointValues(rows.getInt(
                                "point_index"))), rows.getString("profile"), rows.getString("tool_version"),
                        RunOutcome.valueOf(rows.getString("outcome")), rows.getLong("end_time_ns"),
                        rows.getLong("events"), drops.getOrDefault(id, List.of()), rings.getOrDefault(id, List.of()),
                        cqs.getOrDefault(id, List.of()), histogram, mads, connections,
                        recoveriesById.getOrDefault(id, List.of()), reactions.getOrDefault(id,
                                ReactionCounters.NONE)));
            });
            return runs;
        }

        private static List<PhaseStats> phasesOf(Map<Integer, Map<Integer, List<PhaseStats>>> phases, int runId,
                int session) {
            return phases.getOrDefault(runId, Map.of()).getOrDefault(session, List.of());
        }

        private interface RowConsumer {
            void accept(ResultSet rows) throws SQLException;
        }

        private interface RowMapper<T> {
            T map(ResultSet rows) throws SQLException;
        }

        private void query(String sql, RowConsumer consumer) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }

        /** Rows of a child table grouped by their run id (column 1), in the query's order. */
        private <T> Map<Integer, List<T>> grouped(String sql, RowMapper<T> mapper) throws SQLException {
            Map<Integer, List<T>> groups = new HashMap<>();
            query(sql, rows -> groups.computeIfAbsent(rows.getInt(1), id -> new ArrayList<>()).add(mapper.map(rows)));
            return groups;
        }
    }
}
