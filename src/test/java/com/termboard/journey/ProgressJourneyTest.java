package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.progress.ProgressFixture;
import com.termboard.term.PlanStatus;
import com.termboard.testing.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A president opens the dashboard, enters progress for three KPIs on one form and sees their pace change. */
@QuarkusTest
class ProgressJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void presidentEntersProgressForThreeKpisAndSeesTheStatusesChange() {
        clock.setToday(LocalDate.of(2030, 3, 31)); // day 90 of 181: f = 0.497, at risk from 0.423
        try (Browser browser = new Browser(base.toString())) {
            ProgressFixture.Made t = ProgressFixture.term(PlanStatus.APPROVED,
                    new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.LATEST, "100", "200", 50),
                    new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.SUM, null, "1000", 30),
                    new ProgressFixture.K(Direction.LOWER_IS_BETTER, Aggregation.AVERAGE, "10", "6", 20));
            List<Long> k = t.kpis();
            browser.login(t.president(), "demo");
            browser.waitForText("Enter progress");
            assertTrue(browser.text().contains("91 days left"), browser.text());
            browser.click("#desk a.button");
            browser.waitForText("Save entries");
            for (long id : k) {
                assertEquals("No data", browser.find("#kpi-" + id + " .pace").getText());
            }
            browser.type("#value-" + k.get(0), "140");   // (140 − 100) / 100 = 0.4: off track
            browser.type("#value-" + k.get(1), "450");   // 450 / 1000 = 0.45: at risk
            browser.type("#value-" + k.get(2), "8");     // (10 − 8) / (10 − 6) = 0.5: on track
            browser.type("#comment-" + k.get(2), "Better than planned");
            browser.click("button.primary");
            browser.waitForText("Saved 3 entries.");
            assertEquals("Off track", browser.find("#kpi-" + k.get(0) + " .pace").getText());
            assertEquals("At risk", browser.find("#kpi-" + k.get(1) + " .pace").getText());
            assertEquals("On track", browser.find("#kpi-" + k.get(2) + " .pace").getText());
            assertEquals("40.0%", browser.find("#kpi-" + k.get(0) + " .attainment").getText());
            assertTrue(Files.exists(browser.screenshot("progress-first-entries")));

            browser.type("#value-" + k.get(0), "190");   // 0.9: on track
            browser.type("#value-" + k.get(1), "100");   // SUM 550 → 0.55: on track
            browser.click("button.primary");
            browser.waitForText("Saved 2 entries.");
            assertEquals("On track", browser.find("#kpi-" + k.get(0) + " .pace").getText());
            assertEquals("On track", browser.find("#kpi-" + k.get(1) + " .pace").getText());
            assertEquals("550", browser.find("#kpi-" + k.get(1) + " .actual").getText());

            // The history keeps both figures of the first KPI; correcting the newest strikes it through.
            browser.click("#history-" + k.get(0) + " a[href*='correct=']");
            browser.waitForText("Corrects the entry of 2030-03-31 (190)");
            browser.type("#value-" + k.get(0), "180");
            browser.click("button.primary");
            browser.waitForText("Saved 1 entry.");
            assertEquals("80.0%", browser.find("#kpi-" + k.get(0) + " .attainment").getText());
            assertEquals(1, browser.driver.findElements(
                    org.openqa.selenium.By.cssSelector("#history-" + k.get(0) + " tr.superseded")).size());
            assertTrue(Files.exists(browser.screenshot("progress-after-correction")));

            // The values a president reads sit under their own headings, on a desktop and on a phone.
            for (int width : new int[] {1400, 390}) {
                browser.width(width);
                browser.open("/terms/" + t.termId() + "/progress");
                browser.waitForText("Save entries");
                assertTrue(Files.exists(browser.screenshot("progress-" + width)));
                assertEquals(List.of(), browser.misplacedCells(), "progress page at " + width + " px");
            }
        } finally {
            clock.reset();
        }
    }

    /**
     * A refused form's messages are listed at the top, each naming its KPI and leading to its field, which is below
     * the fold on a phone; the summary has the focus so that it is read out first.
     */
    @Test
    void aRefusedFormListsItsProblemsAtTheTopWithLinksToTheFields() {
        clock.setToday(LocalDate.of(2030, 3, 31));
        try (Browser browser = new Browser(base.toString())) {
            ProgressFixture.Made t = ProgressFixture.term(PlanStatus.APPROVED,
                    new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.LATEST, "100", "200", 50),
                    new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.SUM, null, "1000", 50));
            long second = t.kpis().get(1);
            browser.login(t.president(), "demo");
            browser.width(1400);
            browser.open("/terms/" + t.termId() + "/progress");
            browser.waitForText("Save entries");
            browser.type("#value-" + second, "twelve");
            browser.click("button.primary");
            // At 1400 px after the refusal, then at 390 px after opening the page again: the form is kept.
            for (int width : new int[] {1400, 390}) {
                if (width == 390) {
                    browser.width(width);
                    browser.open("/terms/" + t.termId() + "/progress");
                }
                browser.waitForText("Correct these fields");
                assertTrue(browser.driver.getCurrentUrl().endsWith("/terms/" + t.termId() + "/progress"),
                        browser.driver.getCurrentUrl());
                assertEquals("error-summary", browser.driver.switchTo().activeElement().getAttribute("id"));
                var link = browser.find("#error-summary a[href='#value-" + second + "']");
                assertTrue(link.getText().startsWith("Metric 1 HIGHER_IS_BETTER SUM: Not a number"), link.getText());
                assertTrue(Files.exists(browser.screenshot("progress-error-summary-" + width)));
                link.click();
                assertEquals("value-" + second, browser.driver.switchTo().activeElement().getAttribute("id"));
                assertEquals("twelve", browser.find("#value-" + second).getAttribute("value"));
            }
        } finally {
            clock.reset();
        }
    }
}
