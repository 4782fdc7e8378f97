package com.termboard.task;

import static com.termboard.task.TaskFixture.as;
import static com.termboard.task.TaskFixture.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.termboard.handover.HandoverJourneyFixture;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/tasks}, the dated tasks: progress due, a review to write, the handover note, carry-over decisions. */
@QuarkusTest
class TaskDeadlinesTest {

    @Inject
    MutableClock clock;

    @Test
    void progressIsDueForKpisWithoutAnEntryIn14DaysUntilEntered() {
        String president = Fixtures.president();
        clock.setToday(LocalDate.of(2046, 1, 1));
        TaskFixture.Plan plan = TaskFixture.approvedTerm(president, "2046-01-01");
        clock.setToday(LocalDate.of(2046, 1, 14));
        assertNull(task(president, "PROGRESS_DUE", plan.term()), "13 days into the term nothing is due yet");

        clock.setToday(LocalDate.of(2046, 1, 15));
        Map<String, Object> due = task(president, "PROGRESS_DUE", plan.term());
        assertNotNull(due, "two weeks without an entry");
        assertEquals(2, due.get("count"));
        assertEquals("/terms/" + plan.term() + "/progress", due.get("link"));
        assertNull(due.get("daysLeft"));
        assertNull(task("exec", "PROGRESS_DUE", plan.term()));

        TaskFixture.enter(president, plan.firstKpi(), "2046-01-15", 120);
        assertEquals(1, task(president, "PROGRESS_DUE", plan.term()).get("count"), "one KPI entered");
        TaskFixture.enter(president, plan.secondKpi(), "2046-01-14", 12);
        assertNull(task(president, "PROGRESS_DUE", plan.term()), "every KPI has a recent entry");
        clock.setToday(LocalDate.of(2046, 1, 28));
        assertEquals(1, task(president, "PROGRESS_DUE", plan.term()).get("count"), "14 days after the 14th");
    }

    @Test
    void aReviewIsToWriteWhileTheCycleIsOpenAndGoesWhenSubmitted() {
        String president = Fixtures.president();
        String reviewer = TaskFixture.user("REVIEWER");
        String unassigned = TaskFixture.user("REVIEWER");
        clock.setToday(LocalDate.of(2046, 3, 1));
        TaskFixture.Plan plan = TaskFixture.plannedTerm(president, "2046-01-01");
        long cycle = ((Number) Fixtures.admin().body(Map.of("name", "Mid-term", "opensOn", "2046-03-10",
                "closesOn", "2046-03-20", "final", false, "reviewers", List.of(reviewer)))
                .post("/api/terms/" + plan.term() + "/cycles").then().statusCode(201).extract().path("id")).longValue();
        assertNull(task(reviewer, "REVIEW_TO_WRITE", cycle), "before the cycle opens");

        clock.setToday(LocalDate.of(2046, 3, 15));
        Map<String, Object> review = task(reviewer, "REVIEW_TO_WRITE", cycle);
        assertNotNull(review);
        assertEquals(Map.of("type", "cycle", "id", (int) cycle), review.get("subject"));
        assertEquals("/cycles/" + cycle + "/review", review.get("link"));
        assertEquals("2046-03-20", review.get("due"));
        assertEquals(5, review.get("daysLeft"));
        assertNull(task(unassigned, "REVIEW_TO_WRITE", cycle), "not assigned");

        Map<String, Object> body = new HashMap<>();
        body.put("ratings", List.of(Map.of("objective", plan.objective(), "rating", 4)));
        body.put("submit", false);
        as(reviewer).body(body).put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200);
        assertNotNull(task(reviewer, "REVIEW_TO_WRITE", cycle), "a draft is not done");
        body.put("submit", true);
        as(reviewer).body(body).put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200);
        assertNull(task(reviewer, "REVIEW_TO_WRITE", cycle), "submitted: done");
    }

    @Test
    void theHandoverNoteThenTheCarryOverDecisionsUntilAllAreDecided() {
        Map<String, Object> m = HandoverJourneyFixture.make(clock);
        long a = (Long) m.get("a");
        String outgoing = (String) m.get("outgoing");
        String incoming = (String) m.get("incoming");
        clock.setToday(LocalDate.of(2040, 5, 30));
        assertNull(task(outgoing, "HANDOVER_NOTE", a), "31 days before the end");

        clock.setToday(LocalDate.of(2040, 6, 1));
        Map<String, Object> note = task(outgoing, "HANDOVER_NOTE", a);
        assertNotNull(note, "from 30 days before the end");
        assertEquals("/terms/" + a + "/handover", note.get("link"));
        assertEquals(29, note.get("daysLeft"));
        assertNull(task(incoming, "HANDOVER_NOTE", a), "the note is the outgoing president's");
        assertNull(task(incoming, "CARRY_OVER_DECISIONS", a), "no decisions before the note is written");

        as(outgoing).body(Map.of("note", "Merchants: 150 of 200.", "recommendations", List.of()))
                .put("/api/terms/" + a + "/handover").then().statusCode(200);
        assertNull(task(outgoing, "HANDOVER_NOTE", a), "written: done");
        Map<String, Object> decide = task(incoming, "CARRY_OVER_DECISIONS", a);
        assertNotNull(decide, "the note is written: the next president decides");
        assertEquals(2, decide.get("count"));
        assertEquals("/terms/" + a + "/handover", decide.get("link"));
        assertNull(task(outgoing, "CARRY_OVER_DECISIONS", a));

        drop(incoming, a, (Long) m.get("growth"));
        assertEquals(1, task(incoming, "CARRY_OVER_DECISIONS", a).get("count"));
        drop(incoming, a, (Long) m.get("quality"));
        assertNull(task(incoming, "CARRY_OVER_DECISIONS", a), "all decided: done");
    }

    private static void drop(String incoming, long term, long objective) {
        as(incoming).body(Map.of("objective", objective, "decision", "DROP", "reason", "Done with it."))
                .post("/api/terms/" + term + "/handover/decisions").then().statusCode(201);
    }
}
