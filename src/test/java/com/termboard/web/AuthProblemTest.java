package com.termboard.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.Sessions;
import com.termboard.web.errors.Problem;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Authentication fails before JAX-RS runs (proactive authentication), out of reach of its exception mappers; the
 * API still answers problem+json for every refusal, and pages answer a page.
 */
@QuarkusTest
class AuthProblemTest {

    @Test
    void theApiAnswersProblemJsonToAnonymousWrongPasswordAndMissingRole() {
        given().get("/api/users").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(401)).body("title", not(emptyOrNullString()));
        given().auth().preemptive().basic("rev1", "not-the-password").get("/api/users").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(401)).body("title", not(emptyOrNullString()));
        given().auth().preemptive().basic("no-such-user-" + System.nanoTime(), "x").get("/api/groups").then()
                .statusCode(401).contentType(Problem.MEDIA_TYPE).body("title", not(emptyOrNullString()));
        given().header("Authorization", "Basic %%%not-base64").get("/api/groups").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        Sessions.basic("rev1").get("/api/users").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403)).body("title", not(emptyOrNullString()));
        Sessions.demo("rev1").get("/api/users").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403));
        Sessions.basic("rev1").contentType("application/json").body("{}").post("/api/users").then()
                .statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void pagesAnswerWithTheLoginPageOrAnErrorPage() {
        given().redirects().follow(false).get("/admin").then().statusCode(303).header("Location", endsWith("/login"));
        Sessions.demo("rev1").get("/admin").then().statusCode(403).contentType(containsString("text/html"));
    }
}
