package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * One full handover in Chromium: the outgoing president writes the note and recommendations; the incoming president
 * carries one objective over, drops the other with a reason, and finds the new objective in their draft plan.
 */
@QuarkusTest
class HandoverJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void outgoingWritesTheNoteAndIncomingCarriesOneOverAndDropsOne() {
        try (Browser browser = new Browser(base.toString())) {
            Map<String, Object> m = com.termboard.handover.HandoverJourneyFixture.make(clock);
            long a = (Long) m.get("a");
            long b = (Long) m.get("b");
            long growth = (Long) m.get("growth");
            long quality = (Long) m.get("quality");
            clock.setToday(LocalDate.of(2040, 7, 2)); // the old term ended two days ago
            String path = "/terms/" + a + "/handover";

            browser.login((String) m.get("outgoing"), "password1");
            browser.waitForText("Good to see you");
            browser.open(path);
            browser.waitForText("Final numbers");
            assertEquals("150", browser.find("#closing-" + m.get("latestKpi") + " .actual").getText());
            browser.type("#note-text", "Merchants: 150 of 200.\nRisk: churn in Q3.\nAdvice: keep the pilots.");
            new Select(browser.find("#rec-" + growth)).selectByValue("CARRY_OVER");
            new Select(browser.find("#rec-" + quality)).selectByValue("CLOSE");
            browser.click("#save-note");
            browser.waitForText("Handover note saved.");
            assertEquals("CLOSE", new Select(browser.find("#rec-" + quality)).getFirstSelectedOption()
                    .getAttribute("value"));
            assertTrue(Files.exists(browser.screenshot("handover-note-written")));

            browser.driver.manage().deleteAllCookies();
            browser.login((String) m.get("incoming"), "password1");
            browser.waitForText("Good to see you");
            browser.open(path);
            browser.waitForText("Recommendations and decisions");
            assertTrue(browser.find("#note-body").getText().contains("Risk: churn in Q3."), browser.text());
            assertEquals("Carry over", browser.find("#item-" + growth + " .recommendation").getText());
            assertEquals("Close", browser.find("#item-" + quality + " .recommendation").getText());

            new Select(browser.find("#decision-" + growth)).selectByValue("CARRY_OVER");
            browser.type("#weight-" + growth, "60");
            browser.click("#decide-" + growth);
            browser.waitForText("Decision saved.");
            new Select(browser.find("#decision-" + quality)).selectByValue("DROP");
            browser.click("#decide-" + quality);
            browser.waitForText("Required.");   // a drop without a reason is refused beside the field
            browser.type("#reason-" + quality, "Quality moves to the platform team.");
            browser.click("#decide-" + quality);
            browser.waitForText("Decision saved.");
            assertTrue(browser.text().contains("2 of 2 decided"), browser.text());
            assertTrue(Files.exists(browser.screenshot("handover-decided")));
            browser.driver.executeScript("document.getElementById('undo-" + growth + "').scrollIntoView()");
            assertTrue(Files.exists(browser.screenshot("handover-undo-1400")));
            browser.width(390);
            browser.driver.executeScript("document.getElementById('undo-" + growth + "').scrollIntoView()");
            assertTrue(Files.exists(browser.screenshot("handover-decided-390")));
            // A decision made by mistake is undone while the next plan is a draft, after the page asks.
            browser.click("#undo-" + quality);
            org.openqa.selenium.Alert ask = browser.driver.switchTo().alert();
            assertTrue(ask.getText().startsWith("Undo the decision on"), ask.getText());
            ask.accept();
            browser.waitForText("Decision undone.");
            assertTrue(browser.text().contains("1 of 2 decided"), browser.text());
            browser.width(1400);
            new Select(browser.find("#decision-" + quality)).selectByValue("DROP");
            browser.type("#reason-" + quality, "Quality moves to the platform team.");
            browser.click("#decide-" + quality);
            browser.waitForText("Decision saved.");
            assertTrue(browser.text().contains("2 of 2 decided"), browser.text());

            browser.click("#item-" + growth + " .decision a");
            browser.waitForText("Plan ·");
            List<Map<String, Object>> objectives = Fixtures.as((String) m.get("incoming"), "password1")
                    .get("/api/terms/" + b).then().statusCode(200).extract().path("objectives");
            assertEquals(1, objectives.size());
            long created = ((Number) objectives.get(0).get("id")).longValue();
            assertEquals("Grow merchants", browser.find("#title-" + created).getAttribute("value"));
            assertEquals("60", browser.find("#weight-" + created).getAttribute("value"));
            assertEquals(String.valueOf(growth), new Select(browser.find("#continues-" + created))
                    .getFirstSelectedOption().getAttribute("value"));
            assertTrue(Files.exists(browser.screenshot("handover-new-plan")));
        } finally {
            clock.reset();
        }
    }
}
