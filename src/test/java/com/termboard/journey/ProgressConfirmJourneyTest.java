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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A president types a value ten times too large, is asked, ticks the box and saves it; a summed KPI says so. */
@QuarkusTest
class ProgressConfirmJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void aFarOffValueIsSavedOnceTheBoxIsTicked() {
        clock.setToday(LocalDate.of(2030, 3, 31));
        ProgressFixture.Made t = ProgressFixture.term(PlanStatus.APPROVED,
                new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.LATEST, "100", "200", 60),
                new ProgressFixture.K(Direction.HIGHER_IS_BETTER, Aggregation.SUM, null, "1000", 40));
        List<Long> k = t.kpis();
        try (Browser b = new Browser(base.toString())) {
            b.login(t.president(), "demo");
            b.open("/terms/" + t.termId() + "/progress");
            b.waitForText("Save entries");
            assertTrue(b.find("#value-" + k.get(1) + "-hint").getText().startsWith("The amount of this period only"));
            b.type("#value-" + k.get(0), "140");
            b.click("button.primary");
            b.waitForText("Saved 1 entry.");

            b.type("#value-" + k.get(0), "1400");
            b.click("button.primary");
            b.waitForText("Check it, or confirm it below.");
            assertEquals("1400", b.find("#value-" + k.get(0)).getAttribute("value"));
            String row = "document.getElementById('kpi-" + k.get(0) + "').scrollIntoView()";
            b.width(1400);
            b.driver.executeScript(row);
            b.screenshot("progress-confirm-1400");
            b.width(390);
            b.driver.executeScript(row);
            b.screenshot("progress-confirm-390");
            b.width(1400);
            b.click("input[name=confirm-" + k.get(0) + "]");
            b.click("button.primary");
            b.waitForText("Saved 1 entry.");
            assertEquals("1400", b.find("#kpi-" + k.get(0) + " .actual").getText());
        }
    }
}
