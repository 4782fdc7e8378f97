package com.termboard.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The form login's cookie is backed by a server-side session: logout, idle time and age end it for good. */
@QuarkusTest
class ServerSessionTest {

    @Inject
    AgroalDataSource db;

    static Map<String, String> login(String username) {
        return new HashMap<>(given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302).extract().cookies());
    }

    static void works(Map<String, String> cookies) {
        given().redirects().follow(false).cookies(cookies).get("/").then().statusCode(200);
        given().redirects().follow(false).cookies(cookies).get("/api/groups").then().statusCode(200);
    }

    static void refused(Map<String, String> cookies) {
        given().redirects().follow(false).cookies(cookies).get("/").then().statusCode(303)
                .header("Location", endsWith("/login"));
        given().redirects().follow(false).cookies(cookies).get("/api/groups").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401))
                .body("title", notNullValue());
    }

    @Test
    void aLoginOpensOneServerSideSessionKeptOnlyAsAHash() throws SQLException {
        Map<String, String> cookies = login("rev4");
        String id = cookies.get(SessionCookies.SESSION_ID_COOKIE);
        assertNotNull(id, cookies.toString());
        assertEquals("rev4", query("SELECT username FROM web_session WHERE id_hash = ?", WebSessions.hash(id)));
        assertEquals(0L, count("SELECT count(*) FROM web_session WHERE id_hash = ?", id));
        works(cookies);
    }

    @Test
    void aCookieCopiedBeforeLogoutIsRefusedAfterIt() {
        Map<String, String> cookies = login("rev4");
        works(cookies);
        Response home = given().redirects().follow(false).cookies(cookies).get("/");
        Map<String, String> withCsrf = new HashMap<>(cookies);
        withCsrf.putAll(home.cookies());
        given().redirects().follow(false).cookies(withCsrf).formParam("csrf-token", csrf(home.asString()))
                .post("/logout").then().statusCode(303);
        refused(cookies);
    }

    @Test
    void aLinkToLogoutOnlyShowsTheLogoutButton() {
        Map<String, String> cookies = login("rev4");
        String page = given().redirects().follow(false).cookies(cookies).get("/logout").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("action=\"/logout\"") && page.contains("name=\"csrf-token\""), page);
        works(cookies); // any site may link or embed GET /logout: it must not end the session
        given().redirects().follow(false).cookies(cookies).formParam("csrf-token", csrf(page)).post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login?out=true"));
        refused(cookies);
    }

    @Test
    void aSessionOlderThanItsAbsoluteLifetimeIsRefusedHoweverActive() throws SQLException {
        Map<String, String> cookies = login("rev4");
        works(cookies);
        // Twelve hours and a minute ago (the default lifetime is 12 hours), and used a moment ago.
        update("UPDATE web_session SET created_at = now() - interval '12 hours 1 minute', last_seen_at = now() "
                + "WHERE id_hash = ?", WebSessions.hash(cookies.get(SessionCookies.SESSION_ID_COOKIE)));
        refused(cookies);
    }

    @Test
    void aSessionIdleLongerThanTheFormTimeoutIsRefused() throws SQLException {
        Map<String, String> cookies = login("rev4");
        update("UPDATE web_session SET last_seen_at = now() - interval '31 minutes' WHERE id_hash = ?",
                WebSessions.hash(cookies.get(SessionCookies.SESSION_ID_COOKIE)));
        refused(cookies);
    }

    @Test
    void useKeepsASessionAliveButWritesAtMostOnceAMinute() throws SQLException {
        Map<String, String> cookies = login("rev4");
        String hash = WebSessions.hash(cookies.get(SessionCookies.SESSION_ID_COOKIE));
        update("UPDATE web_session SET last_seen_at = now() - interval '29 minutes' WHERE id_hash = ?", hash);
        works(cookies);
        assertEquals(1L, count("SELECT count(*) FROM web_session WHERE id_hash = ? "
                + "AND last_seen_at > now() - interval '1 minute'", hash), "a use after 29 idle minutes is recorded");
        update("UPDATE web_session SET last_seen_at = now() - interval '30 seconds' WHERE id_hash = ?", hash);
        works(cookies);
        assertEquals(1L, count("SELECT count(*) FROM web_session WHERE id_hash = ? "
                + "AND last_seen_at < now() - interval '29 seconds'", hash), "a use within the minute writes nothing");
        update("UPDATE web_session SET last_seen_at = now() - interval '29 minutes' WHERE id_hash = ?", hash);
        works(cookies);
        update("UPDATE web_session SET last_seen_at = last_seen_at - interval '29 minutes' WHERE id_hash = ?", hash);
        works(cookies);
    }

    @Test
    void theFormCookieWithoutItsSessionIdIsRefused() {
        Map<String, String> cookies = login("rev4");
        cookies.remove(SessionCookies.SESSION_ID_COOKIE);
        refused(cookies);
        Map<String, String> forged = login("rev4");
        forged.put(SessionCookies.SESSION_ID_COOKIE, "not-a-session");
        refused(forged);
    }

    @Test
    void anotherUsersSessionIdDoesNotFitTheCookie() {
        Map<String, String> mine = login("rev4");
        Map<String, String> theirs = login("rev3");
        mine.put(SessionCookies.SESSION_ID_COOKIE, theirs.get(SessionCookies.SESSION_ID_COOKIE));
        refused(mine);
        works(theirs);
    }

    @Test
    void httpBasicNeedsNoSession() {
        given().auth().preemptive().basic("rev4", "demo").get("/api/groups").then().statusCode(200);
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no CSRF token");
        return m.group(1);
    }

    private String query(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long count(String sql, String arg) throws SQLException {
        return Long.parseLong(query(sql, arg));
    }

    private void update(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            assertEquals(1, s.executeUpdate());
        }
    }
}
