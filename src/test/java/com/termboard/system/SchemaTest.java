package com.termboard.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Flyway builds the whole schema on an empty database, and the schema itself holds the rules. */
@QuarkusTest
class SchemaTest {

    @Inject
    AgroalDataSource db;

    @Test
    void migrationsCreateEveryTable() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : new String[] {"app_user", "user_role", "business_group", "business_unit", "metric",
                "term", "objective", "kpi", "progress_entry", "review_cycle", "cycle_reviewer", "review", "rating",
                "handover", "handover_item", "audit_entry", "idempotency_record", "flyway_schema_history"}) {
            assertTrue(tables.contains(table), "missing table " + table + " in " + tables);
        }
        assertEquals(1, count("SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'"));
    }

    @Test
    void checkConstraintsRefuseOutOfRangeValues() {
        assertEquals("23514", sqlState("UPDATE objective SET weight = 0 WHERE id = (SELECT min(id) FROM objective)"));
        assertEquals("23514", sqlState("UPDATE objective SET weight = 101 WHERE id = (SELECT min(id) FROM objective)"));
        assertEquals("23514", sqlState("UPDATE rating SET rating = 6 WHERE id = (SELECT min(id) FROM rating)"));
        assertEquals("23514", sqlState("UPDATE term SET end_date = start_date WHERE id = (SELECT min(id) FROM term)"));
        assertEquals("23514", sqlState("UPDATE kpi SET baseline = target WHERE id = (SELECT min(id) FROM kpi)"));
        assertEquals("23514", sqlState("UPDATE business_group SET code = 'lower' WHERE code = 'DPBG'"));
    }

    @Test
    void appendOnlyTablesRefuseUpdatesAndDeletes() {
        assertEquals("P0001", sqlState("UPDATE progress_entry SET value = 0 WHERE id = (SELECT min(id) FROM progress_entry)"));
        assertEquals("P0001", sqlState("DELETE FROM progress_entry WHERE id = (SELECT min(id) FROM progress_entry)"));
        String insert = "INSERT INTO audit_entry (actor, action, entity) VALUES ('test', 'CREATE', 'Probe')";
        assertEquals("P0001", sqlState(insert + "; DELETE FROM audit_entry WHERE entity = 'Probe'"));
        assertEquals("P0001", sqlState(insert + "; UPDATE audit_entry SET actor = 'x' WHERE entity = 'Probe'"));
        assertEquals("P0001", sqlState("TRUNCATE audit_entry"));
        assertEquals("P0001", sqlState("TRUNCATE progress_entry CASCADE"));
    }

    @Test
    void onlyOneFinalCyclePerTerm() {
        assertEquals("23505", sqlState("INSERT INTO review_cycle (term_id, name, opens_on, closes_on, final) "
                + "SELECT term_id, 'Second final', opens_on, closes_on, TRUE FROM review_cycle WHERE final LIMIT 1"));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String sqlState(String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }, "the database accepted: " + sql);
        return e.getSQLState();
    }
}
