package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An executive reads the dashboard, a scorecard, a comparison of two terms and a group's history in Chromium. */
@QuarkusTest
class ExecutiveReportsJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void executiveFollowsTheReports() {
        try (Browser browser = new Browser(base.toString())) {
            browser.login("exec", "demo");
            browser.waitForText("Current terms");
            // Table headings are upper-cased by the stylesheet, and the browser reports the text as shown.
            String dashboard = browser.text().toLowerCase();
            assertTrue(dashboard.contains("kpi score") && dashboard.contains("review completion")
                    && dashboard.contains("kpis off track") && dashboard.contains("dpbg"), dashboard);
            assertTrue(Files.exists(browser.screenshot("reports-1-dashboard")));

            browser.click("table.current-terms tbody tr td a");
            browser.waitForText("Objectives and KPIs");
            String scorecard = browser.text().toLowerCase();
            assertTrue(scorecard.contains("composite") && scorecard.contains("reviews per cycle"), scorecard);
            assertTrue(!browser.driver.findElements(By.cssSelector("svg.sparkline")).isEmpty(), "sparklines");
            assertTrue(Files.exists(browser.screenshot("reports-2-scorecard")));

            browser.click(".nav a[href='/reports']");
            browser.waitForText("Compare terms");
            var boxes = browser.driver.findElements(By.cssSelector("input[name=terms]"));
            boxes.get(0).click();
            boxes.get(1).click();
            browser.click(".compare-pick button[type=submit]");
            browser.waitForText("Compare 2 terms");
            String compare = browser.text().toLowerCase();
            assertTrue(compare.contains("kpis by metric") && compare.contains("composite"), compare);
            assertTrue(Files.exists(browser.screenshot("reports-3-compare")));

            browser.open("/reports");
            browser.waitForText("Group histories");
            browser.click("a[href='/reports/groups/DPBG']");
            browser.waitForText("Trend of scores");
            WebElement chart = browser.find("svg.chart");
            assertTrue(chart.isDisplayed());
            assertTrue(browser.text().toLowerCase().contains("metrics across terms"));
            assertTrue(Files.exists(browser.screenshot("reports-4-group-history")));
        }
    }
}
