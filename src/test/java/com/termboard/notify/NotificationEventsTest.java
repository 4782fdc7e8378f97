package com.termboard.notify;

import static com.termboard.notify.NotifyFixture.cycle;
import static com.termboard.notify.NotifyFixture.id;
import static com.termboard.notify.NotifyFixture.label;
import static com.termboard.notify.NotifyFixture.of;
import static com.termboard.notify.NotifyFixture.one;
import static com.termboard.task.TaskFixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.handover.HandoverJourneyFixture;
import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The events of SPEC.md "Notifications and reminders", each in the app for the right people at once: plan
 * submitted (every executive), approved or sent back (the president), reviewer assigned, review reopened (its
 * reviewer), handover note written (the next president); and the bell, the list and marking read.
 */
@QuarkusTest
class NotificationEventsTest {

    private static final Pattern BELL = Pattern.compile("<a class=\"bell[^\"]*\" href=\"/notifications\" id=\"bell\""
            + "[^>]*>.*?</a>");

    @Inject
    MutableClock clock;

    @Test
    void aSubmittedPlanTellsEveryExecutiveAndItsOutcomeThePresident() {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = Fixtures.president();
        String executive = TaskFixture.user("EXECUTIVE");
        long term = TaskFixture.plannedTerm(president, "2045-07-01").term();
        String label = label(term);

        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        for (String exec : List.of("exec", executive)) {
            Map<String, Object> n = one(exec, "PLAN_SUBMITTED", term);
            assertEquals("President " + president + " submitted the plan of " + label + " for approval.",
                    n.get("title"));
            assertEquals("/terms/" + term + "/plan", n.get("link"));
            assertEquals(Map.of("type", "term", "id", (int) term), n.get("subject"));
            assertEquals(false, n.get("read"));
            assertEquals(false, n.get("reminder"));
            assertNull(n.get("reminderDay"));
            assertNotNull(n.get("createdAt"));
        }
        assertEquals(List.of(), of(president, "PLAN_SUBMITTED", term), "the president submitted it");

        as("exec").body(Map.of("reason", "Targets too low.")).post("/api/terms/" + term + "/plan/reject").then()
                .statusCode(200);
        assertEquals("The plan of " + label + " was sent back: Targets too low.",
                one(president, "PLAN_SENT_BACK", term).get("title"));

        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(200);
        assertEquals(2, of(executive, "PLAN_SUBMITTED", term).size(), "each submission is news");
        as("exec").post("/api/terms/" + term + "/plan/approve").then().statusCode(200);
        assertEquals("The plan of " + label + " was approved.", one(president, "PLAN_APPROVED", term).get("title"));
        assertEquals(List.of(), of(executive, "PLAN_APPROVED", term));
    }

    @Test
    void aRefusedStepTellsNobody() {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = Fixtures.president();
        long term = Fixtures.term(president, "2045-07-01"); // no objectives: the plan cannot be submitted
        as(president).post("/api/terms/" + term + "/plan/submit").then().statusCode(409);
        assertEquals(List.of(), of("exec", "PLAN_SUBMITTED", term));
    }

    @Test
    void reviewersAreToldWhenAssignedAndWhenTheirReviewIsReopened() {
        clock.setToday(LocalDate.of(2046, 3, 1));
        String president = Fixtures.president();
        String reviewer = TaskFixture.user("REVIEWER");
        String other = TaskFixture.user("REVIEWER");
        TaskFixture.Plan plan = TaskFixture.plannedTerm(president, "2046-01-01");
        long cycle = cycle(plan.term(), "Mid-term", "2046-03-01", "2046-03-20", List.of(reviewer, other));
        String label = label(plan.term());
        for (String r : List.of(reviewer, other)) {
            Map<String, Object> n = one(r, "REVIEWER_ASSIGNED", cycle);
            assertEquals("You are a reviewer of " + label + " in the cycle Mid-term, which closes on 2046-03-20.",
                    n.get("title"));
            assertEquals("/cycles/" + cycle + "/review", n.get("link"));
            assertEquals(Map.of("type", "cycle", "id", (int) cycle), n.get("subject"));
        }
        assertEquals(List.of(), of(president, "REVIEWER_ASSIGNED", cycle));

        Map<String, Object> body = new HashMap<>();
        body.put("ratings", List.of(Map.of("objective", plan.objective(), "rating", 4)));
        body.put("submit", true);
        long review = ((Number) as(reviewer).body(body).put("/api/cycles/" + cycle + "/reviews/me").then()
                .statusCode(200).extract().path("id")).longValue();
        Fixtures.admin().body(Map.of("reason", "Please add a comment.")).post("/api/reviews/" + review + "/reopen")
                .then().statusCode(200);
        assertEquals("Your review of " + label + " in the cycle Mid-term was reopened: Please add a comment.",
                one(reviewer, "REVIEW_REOPENED", cycle).get("title"));
        assertEquals(List.of(), of(other, "REVIEW_REOPENED", cycle), "only its reviewer");
    }

    @Test
    void theNextPresidentIsToldOnceWhenTheHandoverNoteIsFirstWritten() {
        Map<String, Object> m = HandoverJourneyFixture.make(clock);
        long a = (Long) m.get("a");
        String outgoing = (String) m.get("outgoing");
        String incoming = (String) m.get("incoming");
        clock.setToday(LocalDate.of(2040, 6, 1));
        as(outgoing).body(Map.of("note", "  ", "recommendations", List.of())).put("/api/terms/" + a + "/handover")
                .then().statusCode(200);
        assertEquals(List.of(), of(incoming, "HANDOVER_NOTE_WRITTEN", a), "an empty note is not written");

        as(outgoing).body(Map.of("note", "Merchants: 150 of 200.", "recommendations", List.of()))
                .put("/api/terms/" + a + "/handover").then().statusCode(200);
        Map<String, Object> n = one(incoming, "HANDOVER_NOTE_WRITTEN", a);
        assertEquals("/terms/" + a + "/handover", n.get("link"));
        assertTrue(((String) n.get("title")).endsWith(" is written: decide which objectives carry over."),
                n.toString());
        as(outgoing).body(Map.of("note", "Merchants: 160 of 200.", "recommendations", List.of()))
                .put("/api/terms/" + a + "/handover").then().statusCode(200);
        assertEquals(1, of(incoming, "HANDOVER_NOTE_WRITTEN", a).size(), "an edit of the note is no news");
        assertEquals(List.of(), of(outgoing, "HANDOVER_NOTE_WRITTEN", a));
    }

    @Test
    void onlyItsUserMarksANotificationRead() {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = Fixtures.president();
        String stranger = Fixtures.president();
        long term = approved(president);
        long n = id(one(president, "PLAN_APPROVED", term));

        as(stranger).post("/api/notifications/" + n + "/read").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        assertEquals(false, one(president, "PLAN_APPROVED", term).get("read"), "a stranger changed nothing");
        as(president).post("/api/notifications/" + n + "/read").then().statusCode(200)
                .body("read", org.hamcrest.Matchers.equalTo(true))
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        String readAt = (String) one(president, "PLAN_APPROVED", term).get("readAt");
        as(president).post("/api/notifications/" + n + "/read").then().statusCode(200)
                .body("readAt", org.hamcrest.Matchers.equalTo(readAt));
        as(president).post("/api/notifications/999999999/read").then().statusCode(404);
        as(president).post("/api/notifications/x/read").then().statusCode(404);
        RestAssured.given().get("/api/notifications").then().statusCode(401);
    }

    @Test
    void theBellCountsUnreadAndTheListMarksThemRead() {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = Fixtures.president();
        long first = approved(president);
        long second = approved(president);
        Sessions.Session s = Sessions.session(president, "password1");
        String home = s.req().get("/").then().statusCode(200).extract().asString();
        assertTrue(bell(home).contains("aria-label=\"Notifications: 2 unread\""), bell(home));
        assertTrue(bell(home).contains("<span class=\"bell-count\" aria-hidden=\"true\">2</span>"), bell(home));

        String list = s.req().get("/notifications").then().statusCode(200).extract().asString();
        long older = id(one(president, "PLAN_APPROVED", first));
        long newer = id(one(president, "PLAN_APPROVED", second));
        assertTrue(list.indexOf("id=\"notification-" + newer + "\"") < list.indexOf("id=\"notification-" + older
                + "\""), "newest first");
        assertTrue(list.contains("<a href=\"/terms/" + first + "/plan\">The plan of " + label(first)
                + " was approved.</a>"), list);

        assertTrue(list.contains("<form method=\"post\" action=\"/notifications/" + older + "/read\""), list);
        s.form("/notifications").post("/notifications/" + older + "/read").then().statusCode(303);
        assertEquals(true, one(president, "PLAN_APPROVED", first).get("read"));
        assertEquals(false, one(president, "PLAN_APPROVED", second).get("read"));
        assertTrue(bell(s.req().get("/").then().extract().asString()).contains("Notifications: 1 unread"));

        s.form("/notifications").post("/notifications/read").then().statusCode(303);
        String after = s.req().get("/notifications").then().statusCode(200)
                .body(containsString("All notifications are marked as read."))
                .extract().asString();
        assertTrue(bell(after).contains("aria-label=\"Notifications: none unread\""), bell(after));
        assertFalse(bell(after).contains("bell-count"), bell(after));
        assertEquals(true, one(president, "PLAN_APPROVED", second).get("read"));
        s.req().post("/notifications/read").then().statusCode(403); // no CSRF token
    }

    @Test
    void theListAndTheBellSpeakChinese() {
        clock.setToday(LocalDate.of(2045, 6, 10));
        String president = Fixtures.president();
        long term = approved(president);
        String title = as(president).header("Accept-Language", "zh-CN").get("/api/notifications").then()
                .statusCode(200).extract().jsonPath().getString("find { it.subject.id == " + term + " }.title");
        assertEquals(label(term) + " 的计划已获批准。", title);
        Sessions.Session s = Sessions.session(president, "password1");
        s.req().header("Accept-Language", "zh-CN").get("/notifications").then().statusCode(200)
                .body(containsString("通知：1 条未读"), containsString(title), containsString("标为已读"),
                        not(containsString("Mark read")));
    }

    @Test
    void noNotificationsSaysSo() {
        String president = Fixtures.president();
        Sessions.session(president, "password1").req().get("/notifications").then().statusCode(200)
                .body(containsString("id=\"no-notifications\""), containsString("No notifications yet."),
                        not(containsString("Mark all read")));
    }

    /** A term of the president whose plan the executive approved. */
    private static long approved(String president) {
        return TaskFixture.approvedTerm(president, "2045-07-01").term();
    }

    private static String bell(String page) {
        Matcher m = BELL.matcher(page);
        return m.find() ? m.group() : "no bell in:\n" + page;
    }
}
