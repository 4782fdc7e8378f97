package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A president builds a plan through the forms, fixes a weight error the page points out, submits; an executive approves. */
@QuarkusTest
class PlanJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void presidentBuildsAndSubmitsAPlanThatAnExecutiveApproves() {
        String president = Fixtures.president();
        long term = Fixtures.term(president, "2046-01-01");
        String plan = "/terms/" + term + "/plan";
        try (Browser b = new Browser(base.toString())) {
            b.login(president, "password1");
            b.waitForText("Your terms");
            b.open(plan);
            b.waitForText("The plan has no objective yet.");

            addObjective(b, "Grow offline merchants", "60");
            b.waitForText("Objective added.");
            addObjective(b, "Keep payments flowing", "50");
            b.waitForText("Objective weights add up to 110%, not 100%.");

            addKpi(b, 1, "MERCHANTS", "1000", "1200", "60");
            b.waitForText("KPI added.");
            addKpi(b, 1, "CHURN", "4", "3.2", "40");
            b.waitForText("KPI added.");
            addKpi(b, 2, "TPV", "", "1200", "100");
            b.waitForText("KPI added.");
            assertTrue(b.text().contains("Objective weights add up to 110%, not 100%."), b.text());
            b.screenshot("plan-weight-error");

            WebElement weight = objectiveForm(b, 2).findElement(By.name("weight"));
            weight.clear();
            weight.sendKeys("40");
            objectiveForm(b, 2).findElement(By.cssSelector("button[type=submit]")).click();
            b.waitForText("Objective saved.");
            b.waitForText("Nothing blocks submission.");

            b.driver.findElement(By.xpath("//button[normalize-space()='Submit for approval']")).click();
            b.waitForText("Plan submitted for approval.");
            assertTrue(b.text().contains("SUBMITTED"), b.text());
            b.screenshot("plan-submitted");
            b.click(".who button");
            b.waitForText("You are logged out");

            b.login("exec", "demo");
            b.waitForText("Current terms");
            b.open(plan);
            b.waitForText("Approve plan");
            b.driver.findElement(By.xpath("//button[normalize-space()='Approve plan']")).click();
            b.waitForText("Plan approved.");
            assertTrue(b.text().contains("APPROVED"), b.text());
            b.screenshot("plan-approved");
        }
    }

    private static void addObjective(Browser b, String title, String weight) {
        b.type("#title-new", title);
        b.type("#weight-new", weight);
        b.driver.findElement(By.xpath("//button[normalize-space()='Add objective']")).click();
    }

    private static void addKpi(Browser b, int objective, String metric, String baseline, String target,
            String weight) {
        WebElement form = b.driver.findElement(By.xpath(
                "(//section[contains(@class,'objective')])[" + objective + "]//form[contains(@class,'new')]"));
        new Select(form.findElement(By.name("metric"))).selectByValue(metric);
        form.findElement(By.name("baseline")).sendKeys(baseline);
        form.findElement(By.name("target")).sendKeys(target);
        form.findElement(By.name("weight")).sendKeys(weight);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebElement objectiveForm(Browser b, int objective) {
        return b.driver.findElement(By.xpath(
                "(//section[contains(@class,'objective')])[" + objective + "]//form[contains(@class,'grid-form')]"));
    }
}
