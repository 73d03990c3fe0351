package io.hcastudio.analysis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import io.hcastudio.analysis.AnalysisException;
import io.hcastudio.analysis.ModelSnapshot;
import io.hcastudio.analysis.StudyDefinition;
import io.hcastudio.analysis.SweptParameter;
import io.hcastudio.analysis.ToolVersion;
import io.hcastudio.analysis.result.CmCounters;
import io.hcastudio.analysis.result.ConnectionSummary;
import io.hcastudio.analysis.result.CqStats;
import io.hcastudio.analysis.result.DropCount;
import io.hcastudio.analysis.result.LatencyHistogram;
import io.hcastudio.analysis.result.PhaseStats;
import io.hcastudio.analysis.result.ReactionCounters;
import io.hcastudio.analysis.result.RecoveryFigure;
import io.hcastudio.analysis.result.RingStats;
import io.hcastudio.analysis.result.SessionResult;

/**
 * The results file of one study, open for writing. {@link #create} starts a new file or reopens one of the same
 * study and model to resume it; {@link #write} adds one completed run in one transaction, so an interrupted study
 * keeps every run written before the interruption. {@link #open} reads a file back.
 */
public final class ResultsStore implements AutoCloseable {

    static final String INSERT_SESSION_STEPS = "INSERT INTO session_steps (run_id, session, connections, data)"
            + " VALUES (?, ?, ?, ?)";

    private final Path file;
    private final Connection connection;
    private final SortedSet<Integer> storedRunIds;
    /** False for a study whose runs keep summaries only (see {@link StudyDefinition#keepsDetail()}). */
    private final boolean keepsDetail;
    /** The inserts of a run by their SQL, prepared once for every run of the study (closed with the connection). */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private ResultsStore(Path file, Connection connection, SortedSet<Integer> storedRunIds, boolean keepsDetail) {
        this.file = file;
        this.connection = connection;
        this.storedRunIds = storedRunIds;
        this.keepsDetail = keepsDetail;
    }

    /**
     * Starts loading the SQLite driver on a thread of its own, for a caller that will create a store after other
     * work (loading and planning a study): the two then overlap.
     */
    public static void loadDriverInBackground() {
        Sqlite.loadInBackground();
    }

    /** Reads a results file; see {@link StudyResults}. */
    public static StudyResults open(Path file) throws AnalysisException {
        return StudyResults.open(file);
    }

    /**
     * Creates the results file for the study, or reopens it when it already holds this study of this model (to
     * resume). A file of another study, another definition or another model is refused, not overwritten. The file
     * keeps the model snapshot, so reports need no model file.
     */
    public static ResultsStore create(Path file, StudyDefinition definition, ModelSnapshot model)
            throws AnalysisException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new AnalysisException(file + ": cannot create the folder: " + e.getMessage(), e);
        }
        Connection connection = null;
        try {
            connection = Sqlite.open(file, false);
            boolean resume = StoredStudy.hasMeta(connection);
            StoredStudy existing = resume ? StoredStudy.read(connection, file) : null;
            if (resume) {
                requireSameStudy(file, existing, definition, model.sha256());
            } else if (definition.keepsDetail()) {
                Sqlite.useLargePages(connection);
            }
            Sqlite.useWriteAheadLog(connection);
            connection.setAutoCommit(false);
            if (resume) {
                StoredStudy.upgrade(connection, existing);
                StoredStudy.storeModel(connection, model);
                connection.commit();
            } else {
                createSchema(connection, definition, model);
            }
            return new ResultsStore(file, connection, new TreeSet<>(StoredStudy.runIds(connection)),
                    definition.keepsDetail());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new AnalysisException(file + ": not a usable results file: " + e.getMessage(), e);
        } catch (AnalysisException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Whether the file keeps the runs' series and connection steps, not their summaries only. */
    public boolean keepsDetail() {
        return keepsDetail;
    }

    /** Ids of the runs already in the file, ascending. */
    public SortedSet<Integer> storedRunIds() {
        return Collections.unmodifiableSortedSet(storedRunIds);
    }

    /**
     * The run as {@link #write(EncodedRun)} stores it in this file. Safe on any thread: a study encodes each run on the
     * thread that ran it.
     */
    public EncodedRun encode(CompletedRun run) {
        return new EncodedRun(run, keepsDetail);
    }

    /** Writes one completed run and commits; a run already in the file is refused. */
    public void write(CompletedRun run) throws AnalysisException {
        write(encode(run));
    }

    /** Writes one run encoded for this file and commits; a run already in the file is refused. */
    public void write(EncodedRun run) throws AnalysisException {
        RunRecord record = run.record();
        if (storedRunIds.contains(record.runId())) {
            throw new AnalysisException(file + ": run " + record.runId() + " is already stored");
        }
        try {
            insertRun(record);
            insertRecoveries(record);
            insertSeries(record.runId(), run.series());
            insertSessionSteps(record.runId(), run.sessionSteps());
            connection.commit();
            storedRunIds.add(record.runId());
        } catch (SQLException e) {
            try {
                for (PreparedStatement statement : statements.values()) {
                    statement.clearBatch();
                }
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw new AnalysisException(file + ": cannot store run " + record.runId() + ": " + e.getMessage(), e);
        }
    }

    /** Leaves a single self-contained file behind. */
    @Override
    public void close() throws AnalysisException {
        try (connection) {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            connection.commit();
            connection.setAutoCommit(true);
            Sqlite.useRollbackJournal(connection);
        } catch (SQLException e) {
            throw new AnalysisException(file + ": cannot close: " + e.getMessage(), e);
        }
    }

    private static void requireSameStudy(Path file, StoredStudy existing, StudyDefinition definition,
            String modelSha256) throws AnalysisException {
        if (!existing.definition().equals(definition)) {
            throw new AnalysisException(file + " holds " + describe(existing.definition())
                    + ", not " + describe(definition) + "; choose another file or delete this one");
        }
        if (!existing.modelSha256().equals(modelSha256)) {
            throw new AnalysisException(file + " holds " + describe(definition) + " of another version of the model"
                    + " (SHA-256 " + existing.modelSha256() + ", now " + modelSha256
                    + "); choose another file or delete this one");
        }
    }

    private static String describe(StudyDefinition definition) {
        return (definition.kind() == StudyDefinition.Kind.RUN ? "a run of scenario '" : "study '")
                + definition.name() + "' (" + definition.runCount() + " runs, base seed " + definition.baseSeed()
                + (definition.profileOverride().isEmpty() ? "" : ", profile " + definition.profileOverride()) + ")";
    }

    private static void createSchema(Connection connection, StudyDefinition definition, ModelSnapshot model)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : Schema.CREATE) {
                statement.execute(sql);
            }
        }
        Map<String, String> meta = StoredStudy.metaOf(definition, model.sha256(), ToolVersion.VERSION);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> entry : meta.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setString(2, entry.getValue());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sweep_values (position, value_index, key, value) VALUES (?, ?, ?, ?)")) {
            List<SweptParameter> parameters = definition.parameters();
            for (int position = 0; position < parameters.size(); position++) {
                SweptParameter parameter = parameters.get(position);
                for (int index = 0; index < parameter.values().size(); index++) {
                    bind(insert, position, index, parameter.key(), parameter.values().get(index));
                    insert.executeUpdate();
                }
            }
        }
        StoredStudy.storeModel(connection, model);
        connection.commit();
    }

    /** The insert {@code sql}, prepared on first use and kept for the following runs. */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private void insertRun(RunRecord record) throws SQLException {
        ConnectionSummary connections = record.connections();
        CmCounters cm = connections.counters();
        LatencyHistogram latency = record.madLatency();
        int id = record.runId();
        PreparedStatement run = statement("INSERT INTO runs VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind(run, id, record.pointIndex(), record.replication(), record.seed(), record.profile(),
                record.toolVersion(), record.outcome().name(), record.endTimeNs(), record.eventsProcessed(),
                record.mads().created(), record.mads().delivered(), record.mads().dropped(),
                record.mads().inFlight(), connections.attempted(), connections.established(),
                connections.failedRoute(), connections.failedConnect(), connections.delayed(),
                connections.worstConnectNs(), cm.saTimeouts(), cm.reqRetries(), cm.repRetries(),
                cm.dreqRetries(), cm.rtuResent(), cm.drepResent(), cm.mraSent(), cm.mraReceived(),
                cm.duplicatesIgnored(), cm.staleResponses(), latency.count(), latency.minNs(), latency.maxNs(),
                latency.meanNs(), cm.requestsAfterTimewait());
        run.executeUpdate();
        PreparedStatement parameters = statement("INSERT INTO run_parameters VALUES (?, ?, ?, ?)");
        int position = 0;
        for (Map.Entry<String, String> parameter : record.parameters().entrySet()) {
            bind(parameters, id, position++, parameter.getKey(), parameter.getValue());
            parameters.addBatch();
        }
        parameters.executeBatch();
        PreparedStatement drops = statement("INSERT INTO drops VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (DropCount drop : record.drops()) {
            bind(drops, id, drop.host(), drop.port(), drop.function(), drop.qp().name(), drop.direction().name(),
                    drop.cause().name(), drop.count(), drop.firstNs(), drop.lastNs());
            drops.addBatch();
        }
        drops.executeBatch();
        PreparedStatement rings = statement("INSERT INTO rings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (RingStats ring : record.rings()) {
            bind(rings, id, ring.host(), ring.port(), ring.function(), ring.qp().name(), ring.ringSize(),
                    ring.sends(), ring.reaps(), ring.sendRejects(), ring.maxOutstanding(), ring.receives(),
                    ring.receiveOverruns(), ring.maxReceiveBacklog());
            rings.addBatch();
        }
        rings.executeBatch();
        PreparedStatement cqs = statement("INSERT INTO cqs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (CqStats cq : record.cqs()) {
            bind(cqs, id, cq.host(), cq.port(), cq.function(), cq.capacity(), cq.maxOccupancy(), cq.overflows(),
                    cq.completionEvents(), cq.workRuns(), cq.queueRequests());
            cqs.addBatch();
        }
        cqs.executeBatch();
        PreparedStatement buckets = statement("INSERT INTO latency_buckets VALUES (?, ?, ?, ?)");
        for (int bucket = 0; bucket < latency.counts().size(); bucket++) {
            bind(buckets, id, bucket, latency.upperNs().get(bucket), latency.counts().get(bucket));
            buckets.addBatch();
        }
        buckets.executeBatch();
        PreparedStatement phases = statement("INSERT INTO phases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement sessions = statement("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertPhases(phases, id, -1, connections.phases());
        List<SessionResult> results = connections.sessions();
        for (int session = 0; session < results.size(); session++) {
            SessionResult result = results.get(session);
            bind(sessions, id, session, result.client(), result.server(), result.connections(), result.established(),
                    result.failedRoute(), result.failedConnect(), result.delayed(), result.disconnected(),
                    result.worstConnectNs());
            sessions.addBatch();
            insertPhases(phases, id, session, result.phases());
        }
        sessions.executeBatch();
        phases.executeBatch();
    }

    private static void insertPhases(PreparedStatement insert, int runId, int session, List<PhaseStats> phases)
            throws SQLException {
        for (int index = 0; index < phases.size(); index++) {
            PhaseStats phase = phases.get(index);
            bind(insert, runId, session, index, phase.phase(), phase.count(), phase.minNs(), phase.maxNs(),
                    phase.meanNs(), phase.totalNs());
            insert.addBatch();
        }
    }

    private void insertSeries(int runId, List<EncodedRun.Series> series) throws SQLException {
        if (series.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement("INSERT INTO series VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int index = 0; index < series.size(); index++) {
            EncodedRun.Series curve = series.get(index);
            bind(insert, runId, index, curve.name(), curve.bucketNs(), curve.max(), curve.bucketCount(), curve.data(),
                    curve.detailBucketNs(), curve.detailBucketCount(), curve.detailData());
            insert.addBatch();
        }
        insert.executeBatch();
    }

    /** The run's recovery figures, and its reaction counters when it had network events. */
    private void insertRecoveries(RunRecord record) throws SQLException {
        if (!record.recoveries().isEmpty()) {
            PreparedStatement insert = statement("INSERT INTO recoveries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (int index = 0; index < record.recoveries().size(); index++) {
                RecoveryFigure figure = record.recoveries().get(index);
                bind(insert, record.runId(), index, figure.incident(), figure.atNs(), figure.affected(),
                        figure.recovered(), figure.recoveryNs(), figure.ipoibAffected(), figure.ipoibRecoveryNs(),
                        figure.ipoibNeverRecovered());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        ReactionCounters reactions = record.reactions();
        if (!reactions.equals(ReactionCounters.NONE)) {
            PreparedStatement insert = statement("INSERT INTO reactions VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            bind(insert, record.runId(), reactions.portEvents(), reactions.multicastJoins(), reactions.joinsToSa(),
                    reactions.joinsAnsweredByPf(), reactions.pathQueries(), reactions.aliasGuidSets(),
                    reactions.reconnections());
            insert.executeUpdate();
        }
    }

    private void insertSessionSteps(int runId, List<EncodedRun.SessionSteps> sessions) throws SQLException {
        if (sessions.isEmpty()) {
            return;
        }
        PreparedStatement insert = statement(INSERT_SESSION_STEPS);
        for (int session = 0; session < sessions.size(); session++) {
            bind(insert, runId, session, sessions.get(session).connections(), sessions.get(session).data());
            insert.addBatch();
        }
        insert.executeBatch();
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            switch (value) {
                case Integer number -> statement.setInt(i + 1, number);
                case Long number -> statement.setLong(i + 1, number);
                case Double number -> statement.setDouble(i + 1, number);
                case String text -> statement.setString(i + 1, text);
                case byte[] bytes -> statement.setBytes(i + 1, bytes);
                case null -> statement.setNull(i + 1, Types.NULL);
                default -> throw new IllegalArgumentException("cannot store a " + value.getClass().getName());
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The original failure is what the caller needs to see.
            }
        }
    }
}
