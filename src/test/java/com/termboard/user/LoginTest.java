package com.termboard.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form login, HTTP Basic, and what each role sees first. */
@QuarkusTest
class LoginTest {

    @Test
    void loginPageIsPublicAndHasTheForm() {
        given().get("/login").then().statusCode(200)
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_password\""));
    }

    @Test
    void rightPasswordOpensTheDashboard() {
        Sessions.demo("exec").get("/").then().statusCode(200)
                .body(containsString("Evelyn Exec"))
                .body(containsString("Current terms"));
    }

    @Test
    void wrongPasswordReturnsToTheLoginFormWithAMessage() {
        given().redirects().follow(false)
                .formParam("j_username", "exec").formParam("j_password", "wrong")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/login/failed"));
        given().get("/login/failed").then().statusCode(200).body(containsString("Wrong username or password"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() {
        List<String> cookies = given().redirects().follow(false)
                .formParam("j_username", "rev1").formParam("j_password", "demo")
                .post("/j_security_check")
                .then().statusCode(302).extract().headers().getValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("termboard-session=")).findFirst().orElseThrow();
        assertTrue(session.toLowerCase().contains("httponly"), session);
        assertTrue(session.toLowerCase().contains("samesite=strict"), session);
    }

    @Test
    void eachRoleLandsOnItsOwnSections() {
        Sessions.demo("admin").get("/").then().statusCode(200)
                .body(containsString("Administration")).body(containsString("Current terms"));
        Sessions.demo("exec").get("/").then().statusCode(200)
                .body(containsString("Current terms")).body(not(containsString("Your review cycles")));
        Sessions.demo("rev1").get("/").then().statusCode(200)
                .body(containsString("Your review cycles")).body(not(containsString("Current terms")));
        Sessions.demo("lqiao").get("/").then().statusCode(200)
                .body(containsString("Your terms")).body(containsString("DPBG"))
                .body(not(containsString("Administration")));
    }

    @Test
    void anonymousPageRedirectsToLogin() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void anonymousApiCallIs401ProblemJson() {
        given().get("/api/groups").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401)).body("title", equalTo("Not logged in"));
    }

    @Test
    void wrongBasicCredentialsAre401ProblemJson() {
        given().auth().preemptive().basic("exec", "nope").get("/api/groups").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void basicAndSessionBothReachTheApi() {
        Sessions.basic("rev2").get("/api/groups").then().statusCode(200).body("code", org.hamcrest.Matchers.hasItems("ABG", "DPBG"));
        Sessions.demo("rev2").get("/api/groups").then().statusCode(200);
    }

    @Test
    void logoutClearsTheCookie() {
        List<String> cookies = Sessions.session("rev3", "demo").form("/").post("/logout").then().statusCode(303)
                .header("Location", containsString("/login"))
                .extract().headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("termboard-session=;") && c.contains("Max-Age=0")),
                cookies.toString());
    }

    @Test
    void passwordsBcryptCannotHoldAreRefusedWhereverTheyAreSet() {
        String name = Fixtures.unique("long");
        String seventyTwo = "密".repeat(24); // 72 bytes in UTF-8, though only 24 characters
        Fixtures.admin().body(Map.of("username", name + "x", "displayName", "Too long", "password",
                seventyTwo + "!", "roles", List.of("REVIEWER"))).post("/api/users").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("password"))
                .body("errors.message", hasItem(containsString("At most 72 bytes")));
        Sessions.Session admin = Sessions.session("admin", "demo");
        admin.form("/admin").formParam("username", name + "y").formParam("displayName", "Too long")
                .formParam("password", "p".repeat(73)).formParam("roles", "REVIEWER")
                .filter(Refused.page()).post("/admin/users").then().statusCode(422)
                .body(containsString("At most 72 bytes"));

        Fixtures.admin().body(Map.of("username", name, "displayName", "Just fits", "password", seventyTwo,
                "roles", List.of("REVIEWER"))).post("/api/users").then().statusCode(201);
        basicUtf8(name, seventyTwo).get("/api/groups").then().statusCode(200);
        // Not cut short: the same 72 bytes and more is a wrong password, not the same one.
        basicUtf8(name, seventyTwo + "x").get("/api/groups").then().statusCode(401);
        given().redirects().follow(false).formParam("j_username", name).formParam("j_password", seventyTwo + "x")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login/failed"));
    }

    /** HTTP Basic in UTF-8 (RFC 7617): REST Assured's own encoding would turn Chinese characters into "?". */
    private static io.restassured.specification.RequestSpecification basicUtf8(String name, String password) {
        return given().header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((name + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
