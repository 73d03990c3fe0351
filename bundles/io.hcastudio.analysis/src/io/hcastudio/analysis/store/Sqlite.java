package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * Opens SQLite connections through the driver class itself: {@code DriverManager}'s service lookup does not see the
 * driver reliably inside OSGi.
 */
final class Sqlite {

    private Sqlite() {
    }

    /**
     * Switches a connection to a write-ahead log: every commit stays atomic and survives a crash of the process,
     * and syncing only at checkpoints makes a commit cost microseconds instead of the milliseconds of an fsync.
     * Must run outside a transaction.
     */
    static void useWriteAheadLog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
        }
    }

    /** Folds the write-ahead log back into the file, which is then a plain single-file database again. */
    static void useRollbackJournal(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
        }
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        Properties properties = config.toProperties();
        Connection connection = JDBC.createConnection(JDBC.PREFIX + file.toAbsolutePath(), properties);
        if (connection == null) {
            throw new SQLException("the SQLite driver refused " + file);
        }
        return connection;
    }
}
