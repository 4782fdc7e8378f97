package com.termboard.history;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Rows for one table in PostgreSQL's COPY text format, sent in one COPY; ids are reserved from the sequence. */
final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder();
    private long count;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** One row; {@code null} is SQL NULL, everything else is written with {@code toString()} (no tabs, no escapes). */
    CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            rows.append(values[i] == null ? "\\N" : values[i].toString());
        }
        rows.append('\n');
        count++;
        return this;
    }

    String table() {
        return table;
    }

    /** Sends the rows collected so far and starts afresh. */
    long flush(Connection c) throws SQLException {
        if (count == 0) {
            return 0;
        }
        try {
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
            rows.setLength(0);
            count = 0;
            return copied;
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** Reserves {@code n} consecutive ids of {@code table}'s id sequence and returns the first one. */
    static long reserve(Connection c, String table, long n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id'))")) {
            s.setString(1, table);
            long first;
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
            }
            if (n > 1) {
                try (PreparedStatement set = c.prepareStatement(
                        "SELECT setval(pg_get_serial_sequence(?, 'id'), ?)")) {
                    set.setString(1, table);
                    set.setLong(2, first + n - 1);
                    set.execute();
                }
            }
            return first;
        }
    }
}
