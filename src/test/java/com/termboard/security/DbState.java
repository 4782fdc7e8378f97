package com.termboard.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** A fingerprint of every application table (row count and a digest of all rows), to prove a request changed nothing. */
final class DbState {

    private final DataSource db;
    private String query;

    DbState(DataSource db) {
        this.db = db;
    }

    /** Table name → "rows:md5 of the rows". */
    Map<String, String> snapshot() {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            if (query == null) {
                query = buildQuery(s);
            }
            Map<String, String> state = new TreeMap<>();
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    state.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
                }
            }
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String buildQuery(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('flyway_schema_history', "
                // the sessions of the test's own callers, opened when one first logs in, are not the request's doing
                // and a refused page form is kept for its page (post/redirect/get): the refusal's own record
                + "'web_session', 'kept_form') ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.contains("audit_entry") || tables.size() < 10) {
            throw new AssertionError("unexpected tables: " + tables);
        }
        return String.join(" UNION ALL ", tables.stream().map(t -> "SELECT '" + t + "', count(*), md5(coalesce("
                + "string_agg(x::text, '|' ORDER BY x::text), '')) FROM \"" + t + "\" x").toList());
    }
}
