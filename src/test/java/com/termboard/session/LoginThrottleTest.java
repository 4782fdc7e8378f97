package com.termboard.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Sessions;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After five wrong passwords for a name within 15 minutes, its logins are refused (even the right password)
 * until the window has passed; every refused attempt is still audited. Each test locks a user of its own.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    AgroalDataSource db;

    static ExtractableResponse<Response> formLogin(String name, String password) {
        return given().redirects().follow(false).formParam("j_username", name).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract();
    }

    static void wrongFiveTimes(String name) {
        for (int i = 0; i < 5; i++) {
            assertLocation(formLogin(name, "wrong" + i), "/login/failed");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenForTheRightOne() throws SQLException, InterruptedException {
        String name = Fixtures.president();
        wrongFiveTimes(name);
        ExtractableResponse<Response> refused = formLogin(name, "password1");
        assertTrue(refused.header("Location").endsWith("/login/failed?locked=true"), refused.header("Location"));
        assertFalse(refused.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("termboard-session=") && !c.startsWith("termboard-session=;")),
                "no session for a locked name: " + refused.headers().getValues("Set-Cookie"));
        given().get("/login/failed?locked=true").then().statusCode(200).body(containsString("class=\"error locked\""));

        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429)).body("title", notNullValue())
                .header("Retry-After", notNullValue());
        int retryAfter = Integer.parseInt(Fixtures.as(name, "password1").get("/api/groups").then().statusCode(429)
                .extract().header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        assertEquals(5, count("SELECT count(*) FROM login_failure WHERE username = ?", name),
                "refused attempts do not prolong the lock");
        awaitAudited(name, 5 + 3);
    }

    @Test
    void theNameMayLogInAgainOnceTheWindowHasPassed() throws SQLException {
        String name = Fixtures.president();
        wrongFiveTimes(name);
        assertLocation(formLogin(name, "password1"), "/login/failed?locked=true");
        // Fifteen minutes pass: the failures leave the window.
        update("UPDATE login_failure SET at = at - interval '15 minutes 1 second' WHERE username = ?", name);
        ExtractableResponse<Response> ok = formLogin(name, "password1");
        assertTrue(ok.header("Location").endsWith("/"), ok.header("Location"));
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(200);
        Sessions.loggedIn(name, "password1").get("/").then().statusCode(200);
    }

    @Test
    void wrongBasicPasswordsLockTheApiToo() {
        String name = Fixtures.president();
        for (int i = 0; i < 5; i++) {
            Fixtures.as(name, "wrong").get("/api/groups").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(429)
                .contentType("application/problem+json");
        assertLocation(formLogin(name, "password1"), "/login/failed?locked=true");
    }

    @Test
    void fourWrongPasswordsDoNotLockAndOtherNamesAreUnaffected() {
        String name = Fixtures.president();
        for (int i = 0; i < 4; i++) {
            assertLocation(formLogin(name, "wrong"), "/login/failed");
        }
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(200);
        assertLocation(formLogin(name, "wrong"), "/login/failed");
        assertLocation(formLogin(name, "password1"), "/login/failed?locked=true");
        String other = Fixtures.president();
        Fixtures.as(other, "password1").get("/api/groups").then().statusCode(200);
        given().redirects().follow(false).formParam("j_username", other).formParam("j_password", "password1")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/"));
    }

    @Test
    void aNameWithAControlCharacterIsAPlainFailureNotAnError() {
        assertLocation(formLogin("bad\u0000name", "x"), "/login/failed");
        String basic = java.util.Base64.getEncoder()
                .encodeToString("bad\u0000name:x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).get("/api/groups").then().statusCode(401)
                .contentType("application/problem+json");
    }

    static void assertLocation(ExtractableResponse<Response> response, String end) {
        assertTrue(response.header("Location").endsWith(end), response.header("Location"));
    }

    private void awaitAudited(String name, int expected) throws InterruptedException {
        List<String> actors = List.of();
        for (int i = 0; i < 50; i++) {
            actors = Sessions.basic("admin").get("/api/audit?entity=Login").then().statusCode(200)
                    .extract().path("actor");
            if (actors.stream().filter(name::equals).count() >= expected) {
                break;
            }
            Thread.sleep(100); // failed logins are audited asynchronously, off the I/O thread
        }
        assertEquals(expected, actors.stream().filter(name::equals).count(), "LOGIN_FAILED entries for " + name);
    }

    private long count(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void update(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            assertEquals(5, s.executeUpdate());
        }
    }
}
