package com.termboard.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Loopback;
import com.termboard.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * 200 wrong passwords for one name at the same instant, half by HTTP Basic and half by form: at most five are
 * really checked, the rest are refused unchecked; the right password from another client address still works.
 */
@QuarkusTest
class LoginRaceTest {

    private static final Logger LOG = Logger.getLogger(LoginRaceTest.class);
    static final int BURST = 200;

    @Test
    void twoHundredParallelWrongPasswordsGetAtMostFiveChecks() throws Exception {
        // Three rounds, not Race.ROUNDS: each burst already interleaves 200 requests, and twelve took 85 s here
        // (all twelve checked exactly 5).
        for (int round = 0; round < 3; round++) {
            burst(Fixtures.president());
        }
    }

    private void burst(String name) throws Exception {
        @SuppressWarnings("unchecked")
        Supplier<Response>[] calls = new Supplier[BURST];
        for (int i = 0; i < BURST; i++) {
            String password = "wrong" + i;
            calls[i] = i % 2 == 0
                    ? () -> Loopback.from("127.0.0.1").auth().preemptive().basic(name, password).get("/api/groups")
                    : () -> Loopback.from("127.0.0.1").formParam("j_username", name)
                            .formParam("j_password", password).post("/j_security_check");
        }
        List<Response> answers = Race.atOnce(calls);
        long checked = answers.stream().filter(LoginRaceTest::checked).count();
        long refused = answers.stream().filter(LoginRaceTest::refused).count();
        LOG.infof("Login race: %d of %d wrong passwords checked, %d refused unchecked", checked, BURST, refused);
        assertTrue(checked <= 5, checked + " passwords checked: " + Race.statuses(answers));
        assertEquals(BURST, checked + refused, "every answer is a checked failure or a refusal");
        answers.stream().filter(r -> r.statusCode() == 429).forEach(r -> assertTrue(
                Integer.parseInt(r.header("Retry-After")) > 0, "Retry-After " + r.header("Retry-After")));

        // The attacker's address stays refused, even with the right password...
        Loopback.from("127.0.0.1").auth().preemptive().basic(name, "password1").get("/api/groups")
                .then().statusCode(429);
        // ...but the owner, from another address, logs in by HTTP Basic and by form.
        Loopback.from("127.0.0.2").auth().preemptive().basic(name, "password1").get("/api/groups")
                .then().statusCode(200);
        String location = Loopback.from("127.0.0.2").formParam("j_username", name)
                .formParam("j_password", "password1").post("/j_security_check").then().statusCode(302)
                .extract().header("Location");
        assertTrue(location.endsWith("/"), location);
    }

    /** A wrong password that was really checked: 401 on the API, the plain failure page for the form. */
    static boolean checked(Response r) {
        return r.statusCode() == 401
                || r.statusCode() == 302 && r.header("Location").endsWith("/login/failed");
    }

    /** Refused without a check: 429 on the API, the "locked" failure page for the form. */
    static boolean refused(Response r) {
        return r.statusCode() == 429
                || r.statusCode() == 302 && r.header("Location").contains("/login/failed?locked=true");
    }
}
