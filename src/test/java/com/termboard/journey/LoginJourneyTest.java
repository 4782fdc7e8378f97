package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A person opens Termboard in Chromium, logs in through the form and lands on their dashboard. */
@QuarkusTest
class LoginJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void executiveLogsInAndSeesTheCurrentTerms() {
        try (Browser browser = new Browser(base.toString())) {
            browser.open("/");
            browser.waitForText("Log in to Termboard");
            browser.login("exec", "wrong");
            browser.waitForText("Wrong username or password");
            browser.login("exec", "demo");
            browser.waitForText("Current terms");
            String page = browser.text();
            assertTrue(page.contains("Evelyn Exec"), page);
            assertTrue(page.contains("DPBG") && page.contains("ABG"), page);
            assertTrue(Files.exists(browser.screenshot("login-executive-dashboard")));
            browser.click(".who button");
            browser.waitForText("You are logged out");
            browser.open("/");
            browser.waitForText("Log in to Termboard");
        }
    }
}
