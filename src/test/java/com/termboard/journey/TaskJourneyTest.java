package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.handover.HandoverJourneyFixture;
import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The daily routine in Chromium: each user opens the dashboard, follows a task to the page where it is done, does
 * it, and finds it gone from the dashboard.
 */
@QuarkusTest
class TaskJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void aPresidentWritesTheHandoverNoteFromTheDashboardAndTheNextOneDecidesFromTheirs() {
        Map<String, Object> m = HandoverJourneyFixture.make(clock);
        long a = (Long) m.get("a");
        long growth = (Long) m.get("growth");
        long quality = (Long) m.get("quality");
        clock.setToday(LocalDate.of(2040, 6, 20));
        try (Browser b = new Browser(base.toString())) {
            b.login((String) m.get("outgoing"), "password1");
            b.waitForText("Your tasks");
            String note = "#task-HANDOVER_NOTE-" + a;
            assertTrue(b.find(note).getText().contains("10 days left"), b.find("#tasks").getText());
            b.screenshot("tasks-handover-note-due");
            b.click(note + " a");
            b.waitForText("Numbers so far");  // the term has not ended yet
            b.type("#note-text", "Merchants: 150 of 200.\nAdvice: keep the pilots.");
            new Select(b.find("#rec-" + growth)).selectByValue("CARRY_OVER");
            new Select(b.find("#rec-" + quality)).selectByValue("CLOSE");
            b.click("#save-note");
            b.waitForText("Handover note saved.");
            b.open("/");
            b.waitForText("Your tasks");
            assertTrue(b.driver.findElements(By.cssSelector(note)).isEmpty(), "written: " + b.find("#tasks").getText());

            clock.setToday(LocalDate.of(2040, 7, 2));
            b.driver.manage().deleteAllCookies();
            b.login((String) m.get("incoming"), "password1");
            b.waitForText("Your tasks");
            String decide = "#task-CARRY_OVER_DECISIONS-" + a;
            assertTrue(b.find(decide).getText().contains("2 undecided"), b.find("#tasks").getText());
            b.screenshot("tasks-carry-over-due");
            b.click(decide + " a");
            b.waitForText("Recommendations and decisions");
            new Select(b.find("#decision-" + growth)).selectByValue("CARRY_OVER");
            b.type("#weight-" + growth, "60");
            b.click("#decide-" + growth);
            b.waitForText("Decision saved.");
            b.open("/");
            assertTrue(b.find(decide).getText().contains("1 undecided"), b.find("#tasks").getText());
            b.click(decide + " a");
            b.waitForText("Recommendations and decisions");
            new Select(b.find("#decision-" + quality)).selectByValue("DROP");
            b.type("#reason-" + quality, "Quality moves to the platform team.");
            b.click("#decide-" + quality);
            b.waitForText("Decision saved.");
            b.open("/");
            b.waitForText("Your tasks");
            assertTrue(b.driver.findElements(By.cssSelector(decide)).isEmpty(), "decided: " + b.find("#tasks").getText());
        }
    }

    @Test
    void anExecutiveApprovesAPlanFromTheDashboard() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2047, 6, 10));
        long term = TaskFixture.plannedTerm(president, "2047-07-01").term();
        try (Browser b = new Browser(base.toString())) {
            b.login(president, "password1");
            b.waitForText("Your tasks");
            String finish = "#task-PLAN_TO_FINISH-" + term;
            b.click(finish + " a");
            b.waitForText("Nothing blocks submission.");
            b.driver.findElement(By.xpath("//button[normalize-space()='Submit for approval']")).click();
            b.waitForText("Plan submitted for approval.");
            b.open("/");
            b.waitForText("Your tasks");
            assertTrue(b.driver.findElements(By.cssSelector(finish)).isEmpty(), b.find("#tasks").getText());

            b.driver.manage().deleteAllCookies();
            b.login("exec", "demo");
            b.waitForText("Your tasks");
            String approve = "#task-PLAN_TO_APPROVE-" + term;
            assertTrue(b.find(approve).getText().contains("President " + president), b.find("#tasks").getText());
            assertTrue(b.find(approve).getText().contains("21 days left"), b.find(approve).getText());
            b.screenshot("tasks-plan-to-approve");
            b.click(approve + " a");
            b.waitForText("Approve plan");
            b.driver.findElement(By.xpath("//button[normalize-space()='Approve plan']")).click();
            b.waitForText("Plan approved.");
            b.open("/");
            b.waitForText("Your tasks");
            assertTrue(b.driver.findElements(By.cssSelector(approve)).isEmpty(), b.find("#tasks").getText());
        }
    }

    @Test
    void everyRolesDashboardFitsAtDesktopAndPhoneWidth() {
        // The demo data as of today: lqiao's term ends this month (handover note), hzhou's next plan is a draft,
        // rev1 has an open check-in cycle, exec and admin oversee.
        for (String user : List.of("lqiao", "hzhou", "rev1", "exec", "admin")) {
            try (Browser b = new Browser(base.toString())) {
                b.login(user, "demo");
                b.waitForText("Your tasks");
                for (int width : new int[] {1400, 390}) {
                    b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
                    b.open("/");
                    b.waitForText("Your tasks");
                    b.screenshot("dashboard-" + user + "-" + width);
                    assertEquals(List.of(), tasksOverflow(b), user + " at " + width + " px");
                }
                b.open("/lang/zh-CN"); // the longer Chinese lines at phone width
                b.open("/");
                b.waitForText("我的待办");
                b.screenshot("dashboard-" + user + "-390-zh");
                assertEquals(List.of(), tasksOverflow(b), user + " in Chinese at 390 px");
            }
        }
    }

    /** Elements of the task list that stick out of the window or out of the task list's own box. */
    @SuppressWarnings("unchecked")
    private static List<String> tasksOverflow(Browser b) {
        return (List<String>) b.driver.executeScript("""
                const box = document.getElementById('tasks').getBoundingClientRect();
                return [...document.querySelectorAll('#tasks *')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && (r.right > Math.min(window.innerWidth, box.right) + 1 || r.left < box.left - 1);
                }).map(e => e.tagName.toLowerCase() + ': ' + e.innerText.slice(0, 40));
                """);
    }
}
