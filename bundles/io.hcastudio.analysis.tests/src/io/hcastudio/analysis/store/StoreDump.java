package io.hcastudio.analysis.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Every row of every table of a results file as text, tables by name and rows in primary-key order. */
public final class StoreDump {

    private StoreDump() {
    }

    public static String of(Path file) throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = Sqlite.open(file, true)) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                dump.append("== ").append(table).append('\n');
                try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " ORDER BY "
                        + allColumns(connection, table));
                        ResultSet rows = query.executeQuery()) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            Object value = rows.getObject(column);
                            dump.append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value)
                                    .append('|');
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    /** "1, 2, ..., n": ordering by every column makes the row order total. */
    private static String allColumns(Connection connection, String table) throws SQLException {
        List<String> positions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM pragma_table_info(?)")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                for (int column = 1; column <= rows.getInt(1); column++) {
                    positions.add(Integer.toString(column));
                }
            }
        }
        return String.join(", ", positions);
    }
}
