package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every delete on the plan page asks first: cancelling keeps the KPI or objective, confirming deletes it. */
@QuarkusTest
class PlanDeleteJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDeleteHappensOnlyOnceTheUserConfirmsIt() {
        String president = Fixtures.president();
        long term = Fixtures.term(president, "2047-01-01");
        Map<String, Object> grow = Map.of("title", "Grow merchants", "description", "Why", "weight", 100,
                "perspective", "Growth");
        long objective = ((Number) Fixtures.as(president, "password1").body(grow).post("/api/terms/" + term
                + "/objectives").then().statusCode(201).extract().path("id")).longValue();
        Fixtures.as(president, "password1")
                .body(Map.of("metric", "MERCHANTS", "baseline", 1000, "target", 1200, "weight", 100))
                .post("/api/objectives/" + objective + "/kpis").then().statusCode(201);
        try (Browser b = new Browser(base.toString())) {
            b.login(president, "password1");
            b.open("/terms/" + term + "/plan");
            b.waitForText("Delete KPI MERCHANTS");
            b.width(1400);
            b.screenshot("plan-delete-1400");
            b.width(390);
            b.screenshot("plan-delete-390");
            b.width(1400);

            deleteButton(b, "Delete KPI MERCHANTS");
            Alert ask = alert(b);
            assertEquals("Delete KPI MERCHANTS of \"Grow merchants\"? This cannot be undone.", ask.getText());
            ask.dismiss();
            assertFalse(b.text().contains("KPI deleted."), b.text());
            assertTrue(b.text().contains("Delete KPI MERCHANTS"), b.text());

            deleteButton(b, "Delete KPI MERCHANTS");
            alert(b).accept();
            b.waitForText("KPI deleted.");
            assertFalse(b.text().contains("Delete KPI MERCHANTS"), b.text());

            deleteButton(b, "Delete objective");
            ask = alert(b);
            assertEquals("Delete the objective \"Grow merchants\" with all its KPIs? This cannot be undone.",
                    ask.getText());
            ask.accept();
            b.waitForText("Objective deleted.");
            b.waitForText("The plan has no objective yet.");
        }
    }

    private static void deleteButton(Browser b, String label) {
        b.driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    }

    private static Alert alert(Browser b) {
        return new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    }
}
