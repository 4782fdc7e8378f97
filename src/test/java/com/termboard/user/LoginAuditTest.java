package com.termboard.user;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC.md "Audit log": every login failure is written down, with the name that was tried. */
@QuarkusTest
class LoginAuditTest {

    @Test
    void failedFormAndBasicLoginsAreAudited() throws InterruptedException {
        String formName = "nobody" + System.nanoTime() % 1_000_000;
        String basicName = "basic" + System.nanoTime() % 1_000_000;
        given().redirects().follow(false).formParam("j_username", formName).formParam("j_password", "wrong")
                .post("/j_security_check").then().statusCode(302);
        given().auth().preemptive().basic(basicName, "wrong").get("/api/groups").then().statusCode(401);
        List<String> actors = List.of();
        for (int i = 0; i < 50 && !(actors.contains(formName) && actors.contains(basicName)); i++) {
            Thread.sleep(100); // the audit entry is written asynchronously, off the I/O thread
            actors = Sessions.basic("admin").get("/api/audit?entity=Login").then().statusCode(200)
                    .extract().path("actor");
        }
        assertTrue(actors.contains(formName), "form login failure audited: " + actors);
        assertTrue(actors.contains(basicName), "Basic login failure audited: " + actors);
        List<String> actions = Sessions.basic("admin").get("/api/audit?entity=Login").then().extract().path("action");
        assertTrue(actions.stream().allMatch("LOGIN_FAILED"::equals), actions.toString());
    }
}
