package com.termboard.session;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With Secure cookies on (production behind TLS) the login cookies and the form login's renewal of its cookie
 * carry every flag: Secure, HttpOnly, SameSite=Strict, Path=/. The renewal interval is a second here (a minute in
 * production), so that a test sees a renewal.
 */
@QuarkusTest
@TestProfile(CookieRenewalTest.SecureAndQuickRenewal.class)
class CookieRenewalTest {

    public static class SecureAndQuickRenewal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("termboard.session.secure-cookie", "true",
                    "quarkus.http.auth.form.new-cookie-interval", "1S");
        }
    }

    static void assertAllFlags(String cookie) {
        List<String> attributes = Arrays.stream(cookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT))
                .toList();
        for (String flag : List.of("secure", "httponly", "samesite=strict", "path=/")) {
            assertTrue(attributes.contains(flag), flag + " missing: " + cookie);
        }
    }

    @Test
    void theLoginAndTheRenewedCookieCarryEveryFlag() throws InterruptedException {
        var login = given().redirects().follow(false).formParam("j_username", "rev2").formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302).extract();
        List<String> set = login.headers().getValues("Set-Cookie");
        String first = CookieFlagsTest.cookie(set, "termboard-session");
        assertAllFlags(first);
        assertAllFlags(CookieFlagsTest.cookie(set, SessionCookies.SESSION_ID_COOKIE));

        Thread.sleep(1_500);
        List<String> renewed = given().redirects().follow(false).cookies(login.cookies()).get("/")
                .then().statusCode(200).extract().headers().getValues("Set-Cookie");
        String second = CookieFlagsTest.cookie(renewed, "termboard-session");
        assertAllFlags(second);
        assertNotEquals(first.split(";")[0], second.split(";")[0], "a renewal sends a new value");
    }
}
