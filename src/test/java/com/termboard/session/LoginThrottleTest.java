package com.termboard.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Loopback;
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
 * Five wrong passwords for a name from one address within 15 minutes: that address may not try the name again
 * (even with the right password) until the window has passed; the owner elsewhere still can. Every refused
 * attempt is audited. Each test uses a user of its own.
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
    void fiveWrongPasswordsRefuseTheNameFromThatAddressEvenTheRightOne() throws Exception {
        String name = Fixtures.president();
        wrongFiveTimes(name);
        ExtractableResponse<Response> refused = formLogin(name, "password1");
        String location = refused.header("Location");
        assertTrue(location.contains("/login/failed?locked=true&retry="), location);
        long retry = Long.parseLong(location.substring(location.indexOf("retry=") + 6));
        assertTrue(retry > 0 && retry <= 15 * 60 + 1, "retry " + retry);
        assertFalse(refused.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("termboard-session=") && !c.startsWith("termboard-session=;")),
                "no session for a refused login: " + refused.headers().getValues("Set-Cookie"));
        given().get(location).then().statusCode(200).body(containsString("class=\"error locked\""))
                .body(containsString("Try again in " + (retry + 59) / 60 + " min."));
        given().get("/login/failed?locked=true&retry=soon").then().statusCode(200)
                .body(containsString("Too many failed logins. Try again later."));

        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429)).body("title", notNullValue())
                .header("Retry-After", notNullValue());
        int retryAfter = Integer.parseInt(Fixtures.as(name, "password1").get("/api/groups").then().statusCode(429)
                .extract().header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60 + 1, "Retry-After " + retryAfter);

        assertEquals(5, checks("p:" + name + " 127.0.0.1"), "refused attempts are not checks: they change nothing");
        Loopback.from("127.0.0.2").auth().preemptive().basic(name, "password1").get("/api/groups")
                .then().statusCode(200);
        awaitAudited(name, 5 + 3);
    }

    @Test
    void aStrangerCannotLockTheAdminOut() {
        for (int i = 0; i < 8; i++) {
            Loopback.from("127.0.0.3").auth().preemptive().basic("admin", "guess" + i).get("/api/groups")
                    .then().statusCode(i < 5 ? 401 : 429);
        }
        Sessions.basic("admin").get("/api/groups").then().statusCode(200);
        Sessions.demo("admin").get("/admin").then().statusCode(200);
    }

    @Test
    void theNameMayLogInAgainOnceTheWindowHasPassed() throws SQLException {
        String name = Fixtures.president();
        wrongFiveTimes(name);
        assertTrue(formLogin(name, "password1").header("Location").contains("locked=true"));
        // Fifteen minutes pass: the window ends.
        update("UPDATE login_throttle SET window_end = now() - interval '1 second' WHERE key = ?",
                "p:" + name + " 127.0.0.1");
        assertLocation(formLogin(name, "password1"), "/");
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(200);
        Sessions.loggedIn(name, "password1").get("/").then().statusCode(200);
    }

    @Test
    void wrongBasicPasswordsRefuseTheFormToo() {
        String name = Fixtures.president();
        for (int i = 0; i < 5; i++) {
            Fixtures.as(name, "wrong").get("/api/groups").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(429)
                .contentType("application/problem+json");
        assertTrue(formLogin(name, "password1").header("Location").contains("/login/failed?locked=true"));
    }

    @Test
    void aLoginClearsItsAddressesFailuresAndOtherNamesAreUnaffected() throws SQLException {
        String name = Fixtures.president();
        for (int i = 0; i < 4; i++) {
            assertLocation(formLogin(name, "wrong"), "/login/failed");
        }
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(200);
        assertEquals(-1, checks("p:" + name + " 127.0.0.1"), "the owner logged in: the four mistakes are forgiven");
        wrongFiveTimes(name);
        assertTrue(formLogin(name, "password1").header("Location").contains("locked=true"));
        String other = Fixtures.president();
        Fixtures.as(other, "password1").get("/api/groups").then().statusCode(200);
        assertLocation(formLogin(other, "password1"), "/");
    }

    @Test
    void aPasswordBcryptCannotHoldFailsWithoutACheck() throws SQLException {
        String name = Fixtures.president();
        String tooLong = "password1" + "x".repeat(64); // 73 bytes: its first 72 would be all bcrypt reads
        for (int i = 0; i < 7; i++) {
            assertLocation(formLogin(name, tooLong), "/login/failed");
            Fixtures.as(name, tooLong).get("/api/groups").then().statusCode(401);
        }
        assertEquals(-1, checks("p:" + name + " 127.0.0.1"), "no check was made, none reserved");
        Fixtures.as(name, "password1").get("/api/groups").then().statusCode(200);
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

    /** The checks held in {@code key}'s window; -1 when it has no row. */
    private long checks(String key) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT checks FROM login_throttle WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    private void update(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            assertEquals(1, s.executeUpdate());
        }
    }
}
