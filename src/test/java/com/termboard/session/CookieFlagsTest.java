package com.termboard.session;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.system.TermboardConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Every cookie we set (form-login session, session id) is HttpOnly, SameSite=Strict and Path=/;
 * Secure is for production behind TLS and is off in tests, which speak plain HTTP.
 */
@QuarkusTest
class CookieFlagsTest {

    @Inject
    TermboardConfig config;

    static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + setCookies));
    }

    static void assertFlags(String cookie) {
        List<String> attributes = Arrays.stream(cookie.split(";")).skip(1).map(a -> a.trim().toLowerCase(Locale.ROOT))
                .toList();
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=strict"), cookie);
        assertTrue(attributes.contains("path=/"), cookie);
        assertFalse(attributes.contains("secure"), "plain HTTP in tests: " + cookie);
    }

    @Test
    void theLoginCookiesAreHttpOnlyStrictAndSiteWide() {
        List<String> set = given().redirects().follow(false)
                .formParam("j_username", "rev2").formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302).extract().headers().getValues("Set-Cookie");
        assertFlags(cookie(set, "termboard-session"));
        assertFlags(cookie(set, SessionCookies.SESSION_ID_COOKIE));
    }

    @Test
    void aFreshLoginCookieIsNotSentBack() {
        java.util.Map<String, String> login = ServerSessionTest.login("rev2");
        List<String> set = given().redirects().follow(false).cookies(login).get("/").then().statusCode(200)
                .extract().headers().getValues("Set-Cookie");
        assertTrue(set.stream().noneMatch(c -> c.startsWith("termboard-session=")
                || c.startsWith(SessionCookies.SESSION_ID_COOKIE + "=")), set.toString());
    }

    @Test
    void theLogoutExpiresBothLoginCookies() {
        java.util.Map<String, String> login = ServerSessionTest.login("rev2");
        String home = given().redirects().follow(false).cookies(login).get("/").then().statusCode(200).extract()
                .asString();
        List<String> set = given().redirects().follow(false).cookies(login)
                .formParam("csrf-token", ServerSessionTest.csrf(home)).post("/logout")
                .then().statusCode(303).extract().headers().getValues("Set-Cookie");
        for (String name : List.of("termboard-session", SessionCookies.SESSION_ID_COOKIE)) {
            String cookie = cookie(set, name);
            assertTrue(cookie.contains("Max-Age=0"), cookie);
            assertFlags(cookie);
        }
    }

    @Test
    void theFormSessionHasAnIdleTimeoutShorterThanItsAbsoluteLifetime() {
        Duration idle = ConfigProvider.getConfig().getValue("quarkus.http.auth.form.timeout", Duration.class);
        assertEquals(Duration.ofMinutes(30), idle);
        assertEquals(Duration.ofHours(12), config.session().absoluteLifetime());
        assertTrue(ConfigProvider.getConfig().getValue("quarkus.http.auth.form.http-only-cookie", Boolean.class));
    }
}
