package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

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

    /**
     * Loads the driver and its native library on a thread of its own: the driver extracts the library from its jar
     * and loads it when the first connection opens, a fifth of a second that a study spends before its first run.
     * Started first, it overlaps with loading and planning the model; a connection opened earlier waits for it, and
     * a failure here shows there again.
     */
    static void loadInBackground() {
        Thread loader = new Thread(() -> {
            try {
                JDBC.isValidURL(JDBC.PREFIX);
                SQLiteJDBCLoader.initialize();
            } catch (Exception e) {
                // Opening a connection loads the library again and reports why it cannot.
            }
        }, "sqlite-loader");
        loader.setDaemon(true);
        loader.start();
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
