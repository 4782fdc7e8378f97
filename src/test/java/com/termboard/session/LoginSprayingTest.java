package com.termboard.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.Loopback;
import com.termboard.testing.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Password spraying, one guess for each of many names from one address: with the production budget of 20 per
 * address, the 21st is refused unchecked whatever the name; other addresses are unaffected, and successful
 * logins (an office behind one address) spend nothing.
 */
@QuarkusTest
@TestProfile(LoginSprayingTest.ProductionBudget.class)
class LoginSprayingTest {

    /** The default per-address budget, which the other tests raise (all their requests share 127.0.0.1). */
    public static class ProductionBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("termboard.login.address-max-failures", "20");
        }
    }

    @Test
    void fortyNamesFromOneAddressGetTwentyChecks() throws Exception {
        String president = Fixtures.president();
        List<String> names = new ArrayList<>(List.of(president));
        for (int i = 1; i < 40; i++) {
            names.add(i % 2 == 0 ? Fixtures.president() : Fixtures.unique("nobody")); // real and unknown names
        }
        @SuppressWarnings("unchecked")
        Supplier<Response>[] calls = names.stream().<Supplier<Response>>map(name -> () -> Loopback
                .from("127.0.0.5").auth().preemptive().basic(name, "Summer2026!").get("/api/groups"))
                .toArray(Supplier[]::new);
        List<Integer> statuses = Race.statuses(Race.atOnce(calls));
        assertEquals(20, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
        assertEquals(20, statuses.stream().filter(s -> s == 429).count(), statuses.toString());

        // The address is refused for every name, even with the right password...
        Loopback.from("127.0.0.5").auth().preemptive().basic(president, "password1").get("/api/groups")
                .then().statusCode(429);
        String location = Loopback.from("127.0.0.5").formParam("j_username", Fixtures.president())
                .formParam("j_password", "password1").post("/j_security_check").then().statusCode(302)
                .extract().header("Location");
        assertTrue(location.contains("/login/failed?locked=true&retry="), location);
        // ...while from another address everyone logs in.
        Loopback.from("127.0.0.6").auth().preemptive().basic(president, "password1").get("/api/groups")
                .then().statusCode(200);
    }

    @Test
    void successfulLoginsDoNotSpendTheAddressBudget() {
        String president = Fixtures.president();
        for (int i = 0; i < 30; i++) {
            Loopback.from("127.0.0.7").auth().preemptive().basic(president, "password1").get("/api/groups")
                    .then().statusCode(200);
        }
        for (int i = 0; i < 20; i++) {
            Loopback.from("127.0.0.7").auth().preemptive().basic(Fixtures.unique("typo"), "password1")
                    .get("/api/groups").then().statusCode(401);
        }
        Loopback.from("127.0.0.7").auth().preemptive().basic(president, "password1").get("/api/groups")
                .then().statusCode(429);
    }
}
