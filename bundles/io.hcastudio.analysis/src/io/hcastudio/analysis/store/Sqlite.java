package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

    static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // A rollback journal and full sync make each committed run survive a crash or power loss.
            config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        Properties properties = config.toProperties();
        Connection connection = JDBC.createConnection(JDBC.PREFIX + file.toAbsolutePath(), properties);
        if (connection == null) {
            throw new SQLException("the SQLite driver refused " + file);
        }
        return connection;
    }
}
