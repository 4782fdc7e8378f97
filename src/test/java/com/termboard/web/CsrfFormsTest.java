package com.termboard.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Sessions;
import com.termboard.web.errors.Problem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
 * Every state-changing form refuses a post without its CSRF token (with a valid admin session, as a forged
 * cross-site post would have) with 403, and nothing changes; the JSON API on the session needs the token header,
 * Basic needs none; a login gets a new token, and a login posted from another site is refused.
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
        Map<String, Long> before = rowCounts();
        List<String> accepted = new ArrayList<>();
        for (FormRoutes.Route route : routes) {
            Response r = route.multipart()
                    ? admin.req().multiPart("file", "p.csv", "metric,asOf,value\n".getBytes(StandardCharsets.UTF_8),
                            "text/csv").post(route.path())
                    : admin.req().formParam("name", "forged").formParam("note", "forged").post(route.path());
            if (r.statusCode() != 403 || !r.contentType().startsWith("text/html")) {
                accepted.add(route.method() + " " + route.path() + " -> " + r.statusCode() + " " + r.contentType());
            }
        }
        assertEquals(List.of(), accepted, "form posts without a CSRF token must be refused with the error page");
        assertEquals(before, rowCounts(), "nothing changed");
        // The same session with the token is accepted: the refusals above were the missing token's.
        admin.form("/").post("/logout").then().statusCode(303);
    }

    @Test
    void theJsonApiOnTheSessionNeedsTheTokenHeaderAndBasicNeedsNone() {
        Fixtures.admin().body(group("C")).post("/api/groups").then().statusCode(201);
        Sessions.Session admin = Sessions.session("admin", "demo");
        admin.req().contentType("application/json").body(group("S")).post("/api/groups").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(403));
        admin.script().contentType("application/json").body(group("S")).post("/api/groups").then().statusCode(201);
        String page = admin.req().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<meta name=\"csrf-token\" content=\"" + admin.token() + "\">"),
                "scripts read the token from the page");
    }

    @Test
    void basicCredentialsABrowserAddsToACrossSiteRequestAreRefused() {
        // A browser that was once asked for Basic credentials adds them to every request to this host, forged or not.
        Fixtures.admin().header("Sec-Fetch-Site", "cross-site").body(group("X")).post("/api/groups").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE);
        Fixtures.admin().header("Origin", "https://evil.example").body(group("O")).post("/api/groups").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE);
        Fixtures.admin().header("Sec-Fetch-Site", "same-origin").body(group("B")).post("/api/groups").then()
                .statusCode(201);
        Fixtures.admin().header("Sec-Fetch-Site", "cross-site").get("/api/groups").then().statusCode(200);
    }

    @Test
    void aLoginGetsANewTokenAndTheOldOneNoLongerWorks() {
        Sessions.Session first = Sessions.session("rev1", "demo");
        Sessions.Session second = Sessions.session("rev1", "demo");
        assertNotEquals(first.token(), second.token());
        second.req().formParam("csrf-token", first.token()).post("/logout").then().statusCode(403);
        second.req().formParam("csrf-token", second.token()).post("/logout").then().statusCode(303);
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        login().header("Origin", "https://evil.example").post("/j_security_check").then().statusCode(403)
                .contentType(containsString("text/html")).header("Set-Cookie", nullValue());
        login().header("Sec-Fetch-Site", "cross-site").post("/j_security_check").then().statusCode(403);
        login().header("Origin", "null").post("/j_security_check").then().statusCode(403);
        String own = "http://localhost:" + RestAssured.port;
        login().header("Origin", own).header("Sec-Fetch-Site", "same-origin").post("/j_security_check").then()
                .statusCode(302).header("Location", not(containsString("failed")));
        login().post("/j_security_check").then().statusCode(302); // curl sends neither header
    }

    private static RequestSpecification login() {
        return given().redirects().follow(false).formParam("j_username", "rev2").formParam("j_password", "demo");
    }

    private static Map<String, Object> group(String prefix) {
        return Map.of("code", Fixtures.unique(prefix), "name", "Csrf check", "description", "", "termMonths", 6,
                "units", List.of("Unit A"));
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
