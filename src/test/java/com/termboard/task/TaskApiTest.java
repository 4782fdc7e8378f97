package com.termboard.task;

import static com.termboard.task.TaskFixture.as;
import static com.termboard.task.TaskFixture.task;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/tasks}, the plan's tasks: to finish, to approve, sent back; each for its user only, gone when done. */
@QuarkusTest
class TaskApiTest {

    @Inject
    MutableClock clock;

    @Test
    void aPlanToFinishBecomesOneToApproveAndGoesWhenApproved() {
        String president = Fixtures.president();
        String other = Fixtures.president();
        String admin = TaskFixture.user("ADMIN");
        clock.setToday(LocalDate.of(2045, 5, 31));
        long term = TaskFixture.plannedTerm(president, "2045-07-01").term();
        assertNull(task(president, "PLAN_TO_FINISH", term), "31 days before the start it is not a task yet");

        clock.setToday(LocalDate.of(2045, 6, 10));
        Map<String, Object> finish = task(president, "PLAN_TO_FINISH", term);
        assertNotNull(finish, "20 days before the start the draft is a task");
        assertEquals("/terms/" + term + "/plan", finish.get("link"));
        assertEquals(Map.of("type", "term", "id", (int) term), finish.get("subject"));
        assertEquals("2045-07-01", finish.get("due"));
        assertEquals(21, finish.get("daysLeft"));
        assertEquals("2045-06-01", finish.get("since"));
        assertTrue(((String) finish.get("title")).startsWith("Finish and submit the plan of "), finish.toString());
        assertNull(task(other, "PLAN_TO_FINISH", term), "another president's plan is not theirs");
        assertNull(task("exec", "PLAN_TO_FINISH", term));

        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        assertNull(task(president, "PLAN_TO_FINISH", term), "submitted: done");
        Map<String, Object> approve = task("exec", "PLAN_TO_APPROVE", term);
        assertNotNull(approve, "the executive approves it");
        assertEquals("/terms/" + term + "/plan", approve.get("link"));
        assertEquals(21, approve.get("daysLeft"));
        assertTrue(((String) approve.get("title")).contains("President " + president), approve.toString());
        assertNull(task(president, "PLAN_TO_APPROVE", term), "a president approves nothing");
        assertNull(task(admin, "PLAN_TO_APPROVE", term), "approving is the executives' task, not the admins'");

        as("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        assertNull(task("exec", "PLAN_TO_APPROVE", term), "approved: done");
        assertEquals(List.of(), TaskFixture.tasks(president), "nothing left for the president");
    }

    @Test
    void aPlanSentBackIsToReviseWithTheReasonUntilSubmittedAgain() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2045, 6, 10));
        long term = TaskFixture.plannedTerm(president, "2045-08-01").term();
        assertNull(task(president, "PLAN_TO_FINISH", term), "52 days before the start it waits");
        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        as("exec").body(Map.of("reason", "Targets too low.")).post("/api/terms/" + term + "/plan/reject").then()
                .statusCode(200);
        assertNull(task("exec", "PLAN_TO_APPROVE", term), "sent back: no longer the executive's");

        Map<String, Object> back = task(president, "PLAN_SENT_BACK", term);
        assertNotNull(back, "sent back, even long before the start");
        assertEquals("Targets too low.", back.get("reason"));
        assertEquals("2045-06-10", back.get("since"), "the day it was sent back, as the audit log has it");
        assertNull(task(president, "PLAN_TO_FINISH", term), "one task, not two");

        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        assertNull(task(president, "PLAN_SENT_BACK", term));
        assertNotNull(task("exec", "PLAN_TO_APPROVE", term));
    }

    @Test
    void titlesFollowTheLanguageAndAnonymousCallersGet401() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2045, 6, 10));
        long term = TaskFixture.plannedTerm(president, "2045-07-01").term();
        String title = as(president).header("Accept-Language", "zh-CN").get("/api/tasks").then().statusCode(200)
                .extract().jsonPath().getString("find { it.subject.id == " + term + " }.title");
        assertTrue(title.startsWith("完成并提交 ") && title.endsWith(" 的计划"), title);
        RestAssured.given().get("/api/tasks").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }
}
