package com.termboard.notify;

import static com.termboard.notify.NotifyFixture.cycle;
import static com.termboard.notify.NotifyFixture.label;
import static com.termboard.notify.NotifyFixture.of;
import static com.termboard.notify.NotifyFixture.one;
import static com.termboard.notify.NotifyFixture.runReminders;
import static com.termboard.task.TaskFixture.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.handover.HandoverJourneyFixture;
import com.termboard.task.TaskFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Race;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The daily job of SPEC.md "Notifications and reminders", run by {@code POST /api/admin/reminders/run}: which
 * reminders a day gives, and that the same reminder (user, kind, subject) is written at most once a day however
 * often and however concurrently the job runs.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    MutableClock clock;

    @Inject
    Scheduler scheduler;

    @Test
    void eachKindOfReminderOnItsDayAndNeverTwiceOnOne() {
        clock.setToday(LocalDate.of(2047, 1, 1));
        String president = Fixtures.president();
        String reviewer = TaskFixture.user("REVIEWER");
        TaskFixture.Plan active = TaskFixture.approvedTerm(president, "2047-01-01");
        long soon = TaskFixture.plannedTerm(president, "2047-03-15").term();
        long later = TaskFixture.plannedTerm(president, "2047-03-16").term();
        clock.setToday(LocalDate.of(2047, 2, 20));
        long opensToday = cycle(active.term(), "Opens today", "2047-03-01", "2047-03-20", List.of(reviewer));
        long closesIn3 = cycle(active.term(), "Closes in 3", "2047-02-20", "2047-03-04", List.of(reviewer));
        long closesIn4 = cycle(active.term(), "Closes in 4", "2047-02-20", "2047-03-05", List.of(reviewer));
        long submitted = cycle(active.term(), "Submitted", "2047-02-20", "2047-03-02", List.of(reviewer));
        Map<String, Object> body = new HashMap<>();
        body.put("ratings", List.of(Map.of("objective", active.objective(), "rating", 4)));
        body.put("submit", true);
        as(reviewer).body(body).put("/api/cycles/" + submitted + "/reviews/me").then().statusCode(200);

        clock.setToday(LocalDate.of(2047, 3, 1));
        Map<String, Object> first = runReminders();
        assertTrue(((Number) first.get("notifications")).intValue() >= 4, first.toString());
        assertEquals(0, first.get("emails"), "e-mail is off by default");

        Map<String, Object> progress = one(president, "PROGRESS_DUE", active.term());
        assertEquals("Enter progress for " + label(active.term()) + ": 2 KPIs have no entry in the last 14 days.",
                progress.get("title"));
        assertEquals("/terms/" + active.term() + "/progress", progress.get("link"));
        assertEquals(true, progress.get("reminder"));
        assertEquals("2047-03-01", progress.get("reminderDay"));
        assertEquals("The plan of " + label(soon) + " is still a draft; the term starts on 2047-03-15.",
                one(president, "PLAN_DRAFT", soon).get("title"));
        assertEquals(List.of(), of(president, "PLAN_DRAFT", later), "15 days before its start: not yet");
        assertEquals("/cycles/" + opensToday + "/review", one(reviewer, "REVIEW_DUE", opensToday).get("link"));
        assertEquals("Your review of " + label(active.term()) + " in the cycle Closes in 3 is not submitted; the "
                + "cycle closes on 2047-03-04.", one(reviewer, "REVIEW_DUE", closesIn3).get("title"));
        assertEquals(List.of(), of(reviewer, "REVIEW_DUE", closesIn4), "opened before today, 4 days left");
        assertEquals(List.of(), of(reviewer, "REVIEW_DUE", submitted), "submitted");
        assertEquals(List.of(), of(president, "HANDOVER_DUE", active.term()), "the window opens on 2047-05-31");

        assertEquals(Map.of("notifications", 0, "emails", 0), runReminders(), "the same day again: nothing new");
        assertEquals(1, of(president, "PROGRESS_DUE", active.term()).size());
        assertEquals(1, of(reviewer, "REVIEW_DUE", closesIn3).size());

        clock.setToday(LocalDate.of(2047, 3, 2));
        runReminders();
        assertEquals(2, of(president, "PROGRESS_DUE", active.term()).size(), "a new day, the reminder again");
        assertEquals(2, of(reviewer, "REVIEW_DUE", closesIn3).size(), "2 days left");
        assertEquals(1, of(reviewer, "REVIEW_DUE", opensToday).size(), "it opened yesterday and closes in 18 days");
        TaskFixture.enter(president, active.firstKpi(), "2047-03-02", 150);
        TaskFixture.enter(president, active.secondKpi(), "2047-03-02", 20);
        clock.setToday(LocalDate.of(2047, 3, 3));
        runReminders();
        assertEquals(2, of(president, "PROGRESS_DUE", active.term()).size(), "entered: no longer due");
    }

    @Test
    void theHandoverNoteIsRemindedOfUntilItIsWritten() {
        Map<String, Object> m = HandoverJourneyFixture.make(clock);
        long a = (Long) m.get("a");
        String outgoing = (String) m.get("outgoing");
        clock.setToday(LocalDate.of(2040, 5, 30));
        runReminders();
        assertEquals(List.of(), of(outgoing, "HANDOVER_DUE", a), "31 days before the end");
        clock.setToday(LocalDate.of(2040, 5, 31));
        runReminders();
        assertEquals("Write the handover note of " + label(a) + ": the term ends on 2040-06-30.",
                one(outgoing, "HANDOVER_DUE", a).get("title"), "the window opens 30 days before the end");
        as(outgoing).body(Map.of("note", "Merchants: 150 of 200.", "recommendations", List.of()))
                .put("/api/terms/" + a + "/handover").then().statusCode(200);
        clock.setToday(LocalDate.of(2040, 6, 1));
        runReminders();
        assertEquals(1, of(outgoing, "HANDOVER_DUE", a).size(), "written: no more reminders");
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsAtTheSameMomentWriteEachReminderOnce() throws Exception {
        clock.setToday(LocalDate.of(2048, 1, 1));
        String president = Fixtures.president();
        long term = TaskFixture.plannedTerm(president, "2048-01-10").term();
        List<Response> runs = Race.atOnce((Supplier<Response>) () -> Fixtures.admin().post("/api/admin/reminders/run"),
                () -> Fixtures.admin().post("/api/admin/reminders/run"),
                () -> Fixtures.admin().post("/api/admin/reminders/run"),
                () -> Fixtures.admin().post("/api/admin/reminders/run"));
        assertEquals(List.of(200, 200, 200, 200), Race.statuses(runs));
        assertEquals(1, of(president, "PLAN_DRAFT", term).size(), "four runs at once, one reminder");
        assertEquals(1, runs.stream().filter(r -> r.jsonPath().getInt("notifications") > 0).count(),
                "one run wrote the day's reminders, the others found them written: "
                        + runs.stream().map(Response::asString).toList());
    }

    @Test
    void theJobIsNotScheduledWhenOffAndTheTimeIsChecked() {
        assertEquals(null, scheduler.getScheduledJob("reminders"), "termboard.reminders.time=off in the tests");
        assertEquals(java.time.LocalTime.of(8, 0), ReminderJob.at("08:00"));
        assertEquals(java.time.LocalTime.of(7, 30, 15), ReminderJob.at(" 07:30:15 "));
        assertEquals(null, ReminderJob.at("OFF"));
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReminderJob.at("8 am"));
        assertTrue(bad.getMessage().contains("termboard.reminders.time"), bad.getMessage());
    }
}
