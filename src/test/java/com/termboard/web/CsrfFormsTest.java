package com.termboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Sessions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing form refuses a post without its CSRF token (with a valid admin session and the CSRF
 * cookie, as a forged cross-site post would have), and nothing changes; the JSON API and the token-carrying
 * forms keep working.
 */
@QuarkusTest
class CsrfFormsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyFormRefusesAPostWithoutItsToken() throws SQLException {
        List<FormRoutes.Route> routes = FormRoutes.all();
        assertTrue(routes.size() >= 24, "form routes found by reflection: " + routes);
        Sessions.Session admin = Sessions.session("admin", "demo");
        admin.req().get("/").then().statusCode(200); // the CSRF cookie, as the forger's victim would hold it
        Map<String, Long> before = rowCounts();
        List<String> accepted = new ArrayList<>();
        for (FormRoutes.Route route : routes) {
            int status = route.multipart()
                    ? admin.req().multiPart("file", "p.csv", "metric,asOf,value\n".getBytes(StandardCharsets.UTF_8),
                            "text/csv").post(route.path()).statusCode()
                    : admin.req().formParam("name", "forged").formParam("note", "forged").post(route.path())
                            .statusCode();
            if (status != 400 && status != 403) {
                accepted.add(route.method() + " " + route.path() + " -> " + status);
            }
        }
        assertEquals(List.of(), accepted, "form posts without a CSRF token must be refused");
        assertEquals(before, rowCounts(), "nothing changed");
        // The same session with the token is accepted: the refusals above were the missing token's.
        admin.form("/").post("/logout").then().statusCode(303);
    }

    @Test
    void theJsonApiNeedsNoCsrfTokenWithBasicOrASession() {
        Fixtures.admin().body(Map.of("code", Fixtures.unique("C"), "name", "Csrf check", "description", "",
                "termMonths", 6, "units", List.of("Unit A"))).post("/api/groups").then().statusCode(201);
        Sessions.demo("admin").contentType("application/json").body(Map.of("code", Fixtures.unique("S"),
                "name", "Session check", "description", "", "termMonths", 6, "units", List.of("Unit A")))
                .post("/api/groups").then().statusCode(201);
    }

    /** Row counts of every table but the login bookkeeping (sessions, failures, failed-login audit entries). */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' "
                    + "AND table_name NOT IN ('web_session', 'login_failure', 'flyway_schema_history')")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                String where = table.equals("audit_entry") ? " WHERE action <> 'LOGIN_FAILED'" : "";
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table + where)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }
}
