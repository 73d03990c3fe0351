package io.hcastudio.analysis.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.hcastudio.analysis.AnalysisException;

/**
 * What makes a results file a shard: which shard of how many it is, the partition scheme, and the ids of the runs
 * planned for it. Kept in two tables of their own ({@code shard}, {@code shard_runs}) next to the study's tables, so a
 * shard is an ordinary results file that every reader opens; a merged study does not carry them.
 *
 * @param index  shard number, 1 to {@code count}
 * @param count  number of shards the study was split into
 * @param scheme partition scheme ({@code StudySharding.SCHEME})
 * @param runIds ids of the runs planned for this shard, ascending
 */
public record ShardManifest(int index, int count, String scheme, List<Integer> runIds) {

    static final String CREATE = "CREATE TABLE shard (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID";
    static final String CREATE_RUNS = "CREATE TABLE shard_runs (run_id INTEGER PRIMARY KEY)";

    public ShardManifest {
        runIds = List.copyOf(new TreeSet<>(runIds));
    }

    /** {@code shard 2 of 4}. */
    public String label() {
        return "shard " + index + " of " + count;
    }

    /** The manifest of {@code file}, or empty when it is no shard (an ordinary or merged study). */
    public static Optional<ShardManifest> read(Path file) throws AnalysisException {
        if (!Files.isRegularFile(file)) {
            throw new AnalysisException(file + ": " + (Files.exists(file) ? "not a regular file"
                    : "the file does not exist"));
        }
        try (Connection connection = Sqlite.open(file, true)) {
            return read(connection, file);
        } catch (SQLException e) {
            throw new AnalysisException(file + ": not a readable results file: " + e.getMessage(), e);
        }
    }

    static Optional<ShardManifest> read(Connection connection, Path file) throws SQLException, AnalysisException {
        if (!hasTable(connection, "shard")) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT key, value FROM shard");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        List<Integer> runIds = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id FROM shard_runs ORDER BY run_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                runIds.add(rows.getInt(1));
            }
        }
        try {
            return Optional.of(new ShardManifest(Integer.parseInt(values.get("index")),
                    Integer.parseInt(values.get("count")), String.valueOf(values.get("scheme")), runIds));
        } catch (NumberFormatException e) {
            throw new AnalysisException(file + ": damaged shard table: " + values, e);
        }
    }

    /**
     * Marks {@code file}, a results file of the study that {@code ResultsStore.create} made or reopened, as this
     * shard. A file that is another shard, or that holds runs this shard does not plan (the whole study, say), is
     * refused and left as it is.
     */
    public void attachTo(Path file) throws AnalysisException {
        try (Connection connection = Sqlite.open(file, false)) {
            Optional<ShardManifest> existing = read(connection, file);
            if (existing.isPresent()) {
                if (!existing.get().equals(this)) {
                    throw new AnalysisException(file + " is " + existing.get().label() + " (" + existing.get().scheme()
                            + ", " + existing.get().runIds().size() + " runs), not " + label() + " (" + scheme + ", "
                            + runIds.size() + " runs); choose another file or delete this one");
                }
                return;
            }
            Set<Integer> planned = Set.copyOf(runIds);
            List<Integer> foreign = StoredStudy.runIds(connection).stream().filter(id -> !planned.contains(id))
                    .toList();
            if (!foreign.isEmpty()) {
                throw new AnalysisException(file + " holds " + foreign.size() + " runs that " + label()
                        + " does not run (e.g. run " + foreign.get(0) + "); choose another file or delete this one");
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE);
                statement.execute(CREATE_RUNS);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shard VALUES (?, ?)")) {
                for (String[] row : new String[][] {{"index", Integer.toString(index)},
                        {"count", Integer.toString(count)}, {"scheme", scheme}}) {
                    insert.setString(1, row[0]);
                    insert.setString(2, row[1]);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shard_runs VALUES (?)")) {
                for (int id : runIds) {
                    insert.setInt(1, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new AnalysisException(file + ": cannot mark the file as " + label() + ": " + e.getMessage(), e);
        }
    }

    static boolean hasTable(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }
    }
}
