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

    /**
     * Gives a new file 64 KB pages, for studies that keep detail: a run of the commit scenario stores about 1 MB of
     * series and connection steps, which SQLite writes page by page into the write-ahead log and the checkpoint reads
     * and writes again, some thousand system calls a run with 4 KB pages. With 64 KB pages the thread that stores
     * the runs spent a quarter less CPU on them (40 runs written again and again: median 4.8 against 6.4 ms a run)
     * and the file is as large. Summary-only studies keep the default: their runs write a few KB into some ten
     * tables, and each commit rewrites every such table's last page. Must run before the file has any table.
     */
    static void useLargePages(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size=65536");
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
