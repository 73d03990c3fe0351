package io.hcastudio.analysis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.hcastudio.analysis.result.CmtimeStep;
import io.hcastudio.analysis.result.ConnectionSteps;

/**
 * The {@code connection_steps} table of results schemas 3 to 5: a row per connection with its issue time, step time
 * and retries per step (NULL times where a step was never issued or did not complete) and the label of the step it
 * failed in. Read from such files opened as they are; converted into {@code session_steps} blobs when one is
 * upgraded.
 */
final class ConnectionStepRows {

    /** Column 1 the session, 2 the connection, then the steps' columns and the failed step (12). */
    private static final String COLUMNS = "session, connection, route_start_ns, route_ns, route_retries,"
            + " connect_start_ns, connect_ns, connect_retries, disconnect_start_ns, disconnect_ns,"
            + " disconnect_retries, failed_step";

    private ConnectionStepRows() {
    }

    /**
     * The steps of run {@code runId}, a session of {@code connections.get(i)} connections per session i; empty when
     * the file has no rows of that run (stored before the file kept connection steps).
     */
    static List<ConnectionSteps> read(Connection connection, int runId, List<Integer> connections)
            throws SQLException {
        List<SessionRows> sessions = new ArrayList<>(connections.size());
        connections.forEach(count -> sessions.add(new SessionRows(count)));
        int rowCount = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM connection_steps WHERE run_id = ? ORDER BY session, connection")) {
            query.setInt(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int session = rows.getInt(1);
                    if (session < 0 || session >= sessions.size()) {
                        throw new IllegalArgumentException("no session " + session);
                    }
                    sessions.get(session).add(rows);
                    rowCount++;
                }
            }
        }
        if (rowCount == 0) {
            return List.of();
        }
        List<ConnectionSteps> steps = new ArrayList<>(sessions.size());
        for (SessionRows session : sessions) {
            steps.add(session.toSteps());
        }
        return steps;
    }

    /**
     * Converts every run's rows into {@code session_steps} blobs (which must exist) and drops the table; nothing
     * when the file has no such table.
     */
    static void convert(Connection connection) throws SQLException {
        try (PreparedStatement table = connection.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'connection_steps'");
                ResultSet exists = table.executeQuery()) {
            if (!exists.next() || exists.getInt(1) == 0) {
                return;
            }
        }
        // Every session's size first: its reader needs it before its rows.
        List<int[]> sessions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id, session, COUNT(*)"
                + " FROM connection_steps GROUP BY run_id, session ORDER BY run_id, session");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sessions.add(new int[] {rows.getInt(1), rows.getInt(2), rows.getInt(3)});
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM connection_steps ORDER BY run_id, session, connection");
                PreparedStatement insert = connection.prepareStatement(ResultsStore.INSERT_SESSION_STEPS);
                ResultSet rows = query.executeQuery()) {
            for (int[] session : sessions) {
                SessionRows reader = new SessionRows(session[2]);
                for (int row = 0; row < session[2]; row++) {
                    if (!rows.next()) {
                        throw new SQLException("connection_steps changed while it was converted");
                    }
                    reader.add(rows);
                }
                ConnectionSteps steps = reader.toSteps();
                insert.setInt(1, session[0]);
                insert.setInt(2, session[1]);
                insert.setInt(3, steps.size());
                insert.setBytes(4, ConnectionStepsCodec.encode(steps));
                insert.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE connection_steps");
        }
    }

    /** Collects the rows of one session, in connection order. */
    private static final class SessionRows {

        private final ConnectionSteps.Builder steps;
        private final int connections;
        private int count;

        SessionRows(int connections) {
            this.steps = new ConnectionSteps.Builder(connections);
            this.connections = connections;
        }

        void add(ResultSet rows) throws SQLException {
            if (rows.getInt(2) != count || count == connections) {
                throw new IllegalArgumentException("unexpected connection " + rows.getInt(2) + " in session "
                        + rows.getInt(1));
            }
            for (CmtimeStep step : CmtimeStep.values()) {
                int column = 3 + 3 * step.ordinal();
                steps.step(count, step, nullableTime(rows, column), nullableTime(rows, column + 1),
                        rows.getInt(column + 2));
            }
            String failed = rows.getString(12);
            if (failed != null) {
                steps.failed(count, CmtimeStep.ofLabel(failed));
            }
            count++;
        }

        ConnectionSteps toSteps() {
            if (count != connections) {
                throw new IllegalArgumentException("a session has " + count + " connection rows, expected "
                        + connections);
            }
            return steps.build();
        }

        private static long nullableTime(ResultSet rows, int column) throws SQLException {
            long value = rows.getLong(column);
            return rows.wasNull() ? ConnectionSteps.NOT_REACHED : value;
        }
    }
}
