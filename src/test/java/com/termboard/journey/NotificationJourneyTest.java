package com.termboard.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * A president sees the bell count two news items in the header, reads them on /notifications in English and in
 * Chinese, marks one read and then all, and finds the chosen language on /me; screenshots at desktop and phone width.
 */
@QuarkusTest
class NotificationJourneyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MutableClock clock;

    @Test
    void theBellAndTheListInEnglishAndChinese() {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = Fixtures.president();
        long approved = TaskFixture.plannedTerm(president, "2045-07-01").term();
        long sentBack = TaskFixture.plannedTerm(president, "2045-07-01").term();
        for (long t : List.of(approved, sentBack)) {
            TaskFixture.as(president).post("/api/terms/" + t + "/plan/submit").then().statusCode(200);
        }
        TaskFixture.as("exec").post("/api/terms/" + approved + "/plan/approve").then().statusCode(200);
        TaskFixture.as("exec").body(Map.of("reason", "Raise the merchant target.")).post("/api/terms/" + sentBack
                + "/plan/reject").then().statusCode(200);

        try (Browser browser = new Browser(base.toString())) {
            browser.login(president, "password1");
            assertEquals("2", browser.find("#bell .bell-count").getText());
            assertEquals("Notifications: 2 unread", browser.find("#bell").getAttribute("aria-label"));
            browser.click("#bell");
            browser.waitForText("Mark all read");
            List<String> items = browser.driver.findElements(By.cssSelector("#notifications li > a")).stream()
                    .map(e -> e.getText()).toList();
            assertEquals(2, items.size(), items.toString());
            assertTrue(items.get(0).endsWith("was sent back: Raise the merchant target."), "newest first: " + items);
            assertTrue(items.get(1).endsWith("was approved."), items.toString());
            shots(browser, "notifications-en");

            browser.click(".languages a[lang='zh-CN']");
            browser.waitForText("全部标为已读");
            assertEquals("通知：2 条未读", browser.find("#bell").getAttribute("aria-label"));
            String chinese = browser.text();
            assertTrue(chinese.contains("的计划已获批准。") && chinese.contains("的计划被退回：Raise the merchant target."),
                    chinese);
            shots(browser, "notifications-zh-CN");

            browser.click("#notifications li:last-child button");
            browser.waitForText("已标为已读。");
            assertEquals("1", browser.find("#bell .bell-count").getText());
            browser.click(".report-head form button");
            browser.waitForText("所有通知均已标为已读。");
            assertTrue(browser.driver.findElements(By.cssSelector("#bell .bell-count")).isEmpty(), "none unread");
            assertEquals("通知：没有未读", browser.find("#bell").getAttribute("aria-label"));

            browser.click("a.user");
            browser.waitForText("您的偏好");
            assertEquals("zh-CN", browser.find("#language").getAttribute("value"),
                    "the header's switcher stored the language of the e-mails too");
            shots(browser, "preferences-zh-CN");
            browser.click(".languages a[lang='en']");
            browser.waitForText("Your preferences");
            assertEquals("en", browser.find("#language").getAttribute("value"));
        }
    }

    private static void shots(Browser browser, String name) {
        for (int width : new int[] {1400, 390}) {
            browser.width(width);
            assertEquals(List.of(), browser.misplacedCells(), name + " at " + width);
            browser.screenshot(name + "-" + width);
        }
        browser.width(1400);
    }
}
