package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.Sessions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium, nobody hits a dead end: a president goes round their term's pages by its menu, an executive from the
 * dashboard to the plans awaiting approval and through a refused comparison, a reviewer from the form to the
 * scorecard. Each page is looked at 1400 and 390 px wide.
 */
@QuarkusTest
class LinksJourneyTest {

    @TestHTTPResource("/")
    URL base;

    private static void looks(Browser browser, String name) {
        looks(browser, name, true, null);
    }

    /** Screenshots at both widths; {@code laidOut}: no cell out of its column, nothing wider than the window. */
    private static void looks(Browser browser, String name, boolean laidOut, String focus) {
        for (int width : new int[] {1400, 390}) {
            browser.width(width);
            if (focus != null) {
                browser.driver.executeScript("document.querySelector(arguments[0]).scrollIntoView()", focus);
            }
            if (laidOut) {
                assertEquals(List.of(), browser.misplacedCells(), name + " at " + width + " px");
            }
            browser.screenshot("links-" + name + "-" + width);
        }
        browser.width(1400);
    }

    @Test
    void thePresidentGoesRoundTheirTermByItsMenu() {
        try (Browser browser = new Browser(base.toString())) {
            browser.login("lqiao", "demo");
            browser.waitForText("Your terms");
            looks(browser, "dashboard", true, ".term-links");
            browser.click(".term-link-handover");
            browser.waitForText("Handover");
            assertEquals("page", browser.find("#term-menu-handover").getAttribute("aria-current"));
            looks(browser, "handover");
            browser.click("#term-menu-scorecard");
            browser.waitForText("Objectives and KPIs");
            looks(browser, "scorecard");
            browser.click("#term-menu-plan");
            browser.waitForText("Objective weights");
            looks(browser, "plan");
            browser.click("#term-menu-progress");
            browser.waitForText("Progress of");
            assertEquals("page", browser.find("#term-menu-progress").getAttribute("aria-current"));
            looks(browser, "progress");
            assertTrue(browser.driver.findElements(By.id("term-menu-history")).isEmpty(), "no group history");
        }
    }

    @Test
    void theExecutiveFindsThePlansToApproveAndComparesAgainstAChosenTerm() {
        String president = Fixtures.president();
        long term = TaskFixture.plannedTerm(president, LocalDate.now().plusDays(20).toString()).term();
        TaskFixture.as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        try (Browser browser = new Browser(base.toString())) {
            browser.login("exec", "demo");
            browser.click("#approvals-link");
            browser.waitForText("Plans awaiting approval");
            assertTrue(browser.find("#approval-" + term).getText().contains("President " + president));
            looks(browser, "approvals");
            browser.find("#approval-" + term + " a").click();
            browser.waitForText("Approve");

            browser.open("/reports");
            browser.waitForText("Compare terms");
            List<org.openqa.selenium.WebElement> boxes = browser.driver.findElements(
                    By.cssSelector(".compare-pick input[name=terms]"));
            String first = boxes.get(0).getAttribute("value");
            String second = boxes.get(1).getAttribute("value");
            boxes.get(0).click();
            browser.click(".compare-pick button[type=submit]");
            browser.waitForText("Choose 2 to 6 terms; 1 given.");
            assertTrue(browser.find(".compare-pick input[value='" + first + "']").isSelected(), "the choice is kept");
            looks(browser, "compare-refused", true, "#compare");
            browser.find(".compare-pick input[value='" + second + "']").click();
            new Select(browser.find("#compare-ref")).selectByValue(second);
            browser.click(".compare-pick button[type=submit]");
            browser.waitForText("Compare 2 terms");
            assertEquals(second, new Select(browser.find("#ref")).getFirstSelectedOption().getAttribute("value"));
            looks(browser, "compare");
            assertTrue(!browser.find("#printed-at").isDisplayed(), "the generation time is for print");
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertTrue(browser.find("#printed-at").isDisplayed(), "a printed report carries its generation time");
            assertTrue(browser.find("#printed-at").getText().matches("Generated \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d "
                    + "\\(UTC\\+08:00\\)"), browser.find("#printed-at").getText());
            browser.screenshot("links-compare-print");
        }
    }

    @Test
    void theReviewerSeesWhoseTermTheyReviewAndOpensItsScorecard() {
        long term = ((Number) Sessions.basic("admin").get("/api/groups/DPBG/terms").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.status == 'ACTIVE' }.id").get(0)).longValue();
        Map<String, Object> cycle = new HashMap<>(Map.of("name", "Links " + System.nanoTime() % 100000,
                "opensOn", LocalDate.now().minusDays(1).toString(), "closesOn", LocalDate.now().plusDays(5).toString(),
                "final", false, "reviewers", List.of("rev2")));
        long id = Sessions.basic("admin").contentType("application/json").body(cycle)
                .post("/api/terms/" + term + "/cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        try (Browser browser = new Browser(base.toString())) {
            browser.login("rev2", "demo");
            browser.open("/cycles/" + id + "/review");
            browser.waitForText("President ");
            assertTrue(browser.find("#review-about").getText().contains("Digital Payment Business Group"));
            // The rating fieldsets of the form are wider than a phone (app.css, the phone-width work): looked at only.
            looks(browser, "review", false, null);
            browser.click("#review-scorecard");
            browser.waitForText("Objectives and KPIs");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/terms/" + term));
        }
    }
}
