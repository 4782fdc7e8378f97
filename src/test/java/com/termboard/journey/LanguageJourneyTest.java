package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An executive reads a scorecard, switches to Chinese in the header and back; both are kept as screenshots. */
@QuarkusTest
class LanguageJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theScorecardReadsInEnglishAndInChinese() {
        try (Browser browser = new Browser(base.toString())) {
            browser.login("exec", "demo");
            browser.click("table.current-terms tbody tr td a");
            browser.waitForText("Objectives and KPIs");
            assertEquals("en", lang(browser));
            String scorecard = browser.driver.getCurrentUrl();
            assertTrue(Files.exists(browser.screenshot("scorecard-en")));

            browser.click(".languages a[lang='zh-CN']");
            browser.waitForText("工作台");
            assertEquals("zh-CN", lang(browser));
            assertEquals(scorecard, browser.driver.getCurrentUrl(), "the switcher comes back to the same page");
            String chinese = browser.text();
            assertTrue(chinese.chars().filter(c -> c >= 0x4e00 && c <= 0x9fff).count() > 40, chinese);
            assertTrue(Files.exists(browser.screenshot("scorecard-zh-CN")));

            browser.open("/");
            assertEquals("zh-CN", lang(browser), "the choice is remembered");
            browser.click(".languages a[lang='en']");
            browser.waitForText("Dashboard");
            assertEquals("en", lang(browser));
        }
    }

    private static String lang(Browser browser) {
        return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
