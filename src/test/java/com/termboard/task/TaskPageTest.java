package com.termboard.task;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.termboard.testing.BundleTexts;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard starts with the user's tasks, each a link with its days left, or says there is nothing to do. */
@QuarkusTest
class TaskPageTest {

    @Inject
    MutableClock clock;

    @Test
    void theDashboardStartsWithThePresidentsTasks() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2045, 6, 10));
        long term = TaskFixture.plannedTerm(president, "2045-07-01").term();
        String html = Sessions.loggedIn(president, "password1").get("/").then().statusCode(200)
                .body(containsString("<h2 id=\"tasks-heading\">Your tasks</h2>"))
                .body(containsString("<a href=\"/terms/" + term + "/plan\">Finish and submit the plan of "))
                .body(containsString("21 days left"))
                .body(not(containsString("Nothing to do."))).extract().asString();
        int tasks = html.indexOf("id=\"tasks\"");
        int terms = html.indexOf("Your terms");
        org.junit.jupiter.api.Assertions.assertTrue(tasks > 0 && tasks < terms, "the tasks come first");
    }

    @Test
    void aUserWithNothingToDoIsToldSo() {
        String reviewer = TaskFixture.user("REVIEWER");
        Sessions.loggedIn(reviewer, "password1").get("/").then().statusCode(200)
                .body(containsString("<p class=\"muted\" id=\"no-tasks\">Nothing to do.</p>"));
        String html = Sessions.loggedIn(reviewer, "password1").header("Accept-Language", "zh-CN").get("/").then()
                .statusCode(200).body(containsString("我的待办")).body(containsString("暂无待办事项。"))
                .extract().asString();
        BundleTexts.assertNoEnglish(html, "task");
    }

    @Test
    void theTasksReadInChinese() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2045, 6, 30));
        TaskFixture.plannedTerm(president, "2045-07-01");
        String html = Sessions.loggedIn(president, "password1").header("Accept-Language", "zh-CN").get("/").then()
                .statusCode(200).body(containsString("我的待办")).body(containsString("完成并提交 "))
                .body(containsString("剩余 1 天")).body(containsString("截止 2045年7月1日")).extract().asString();
        BundleTexts.assertNoEnglish(html, "task");
    }
}
