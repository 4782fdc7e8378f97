package com.termboard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.audit.AuditEntry;
import com.termboard.review.ReviewFixtures.TermRef;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Race;
import com.termboard.testing.Sessions;
import com.termboard.testing.Sessions.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviews submitted at the same instant: different reviewers are all kept, one reviewer's twin is refused. */
@QuarkusTest
class ReviewRacesTest {

    @Inject
    MutableClock clock;

    TermRef term;
    List<Long> objectives;
    LocalDate opens;

    @BeforeEach
    void inTheWindow() {
        term = ReviewFixtures.term("DPBG", "ACTIVE");
        objectives = ReviewFixtures.objectives(term.id());
        opens = term.start().plusDays(70);
        clock.setToday(opens.plusDays(2));
    }

    private long cycle(String... reviewers) {
        return ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Race"), opens, opens.plusDays(9),
                List.of(reviewers));
    }

    private Map<String, Object> submit(int rating, Long version) {
        Map<String, Object> b = new HashMap<>();
        b.put("ratings", objectives.stream().map(o -> ReviewFixtures.rating(o, rating, "")).toList());
        b.put("comment", "rated " + rating);
        b.put("submit", true);
        b.put("version", version);
        return b;
    }

    private static Response put(Session who, long cycle, Map<String, Object> body) {
        return who.script().contentType("application/json").body(body).put("/api/cycles/" + cycle + "/reviews/me");
    }

    private static long submitted(long cycle) {
        return QuarkusTransaction.requiringNew().call(() ->
                Review.count("cycle.id = ?1 AND status = ?2", cycle, ReviewStatus.SUBMITTED));
    }

    private static long audited(long review) {
        return QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.count("entity = 'Review' AND entityId = ?1", review));
    }

    private static void assertConflict(Response loser) {
        assertEquals(409, loser.statusCode());
        assertTrue(loser.contentType().startsWith("application/problem+json"), loser.contentType());
    }

    @Test
    void twoReviewersSubmittingAtOnceAreBothStored() throws Exception {
        Session rev1 = Sessions.scripted("rev1", "demo");
        Session rev2 = Sessions.scripted("rev2", "demo");
        for (int round = 0; round < Race.ROUNDS; round++) {
            long cycle = cycle("rev1", "rev2");
            List<Response> answers = Race.atOnce(() -> put(rev1, cycle, submit(4, null)),
                    () -> put(rev2, cycle, submit(2, null)));
            assertEquals(List.of(200, 200), Race.statuses(answers), "round " + round);
            assertEquals(2, submitted(cycle));
            assertEquals(2L * objectives.size(), ReviewFixtures.ratingsStored(cycle));
        }
    }

    @Test
    void oneReviewerSubmittingTwiceAtOnceStoresOneReview() throws Exception {
        Session tab1 = Sessions.scripted("rev3", "demo");
        Session tab2 = Sessions.scripted("rev3", "demo");
        for (int round = 0; round < Race.ROUNDS; round++) {
            long cycle = cycle("rev3");
            List<Response> answers = Race.atOnce(() -> put(tab1, cycle, submit(5, null)),
                    () -> put(tab2, cycle, submit(1, null)));
            assertEquals(List.of(200, 409), Race.statuses(answers), "round " + round);
            Response winner = answers.get(0).statusCode() == 200 ? answers.get(0) : answers.get(1);
            assertConflict(winner == answers.get(0) ? answers.get(1) : answers.get(0));
            assertEquals(1, ReviewFixtures.reviewsStored(cycle));
            assertEquals(1, submitted(cycle));
            assertEquals(1, audited(winner.jsonPath().getLong("id")), "only the stored submission is audited");
        }
    }

    @Test
    void twoSubmitsOfTheSameDraftVersionStoreOne() throws Exception {
        Session tab1 = Sessions.scripted("rev4", "demo");
        Session tab2 = Sessions.scripted("rev4", "demo");
        for (int round = 0; round < Race.ROUNDS; round++) {
            long cycle = cycle("rev4");
            Map<String, Object> draft = submit(3, null);
            draft.put("submit", false);
            long version = put(tab1, cycle, draft).then().statusCode(200).extract().jsonPath().getLong("version");
            List<Response> answers = Race.atOnce(() -> put(tab1, cycle, submit(5, version)),
                    () -> put(tab2, cycle, submit(1, version)));
            assertEquals(List.of(200, 409), Race.statuses(answers), "round " + round);
            Response winner = answers.get(0).statusCode() == 200 ? answers.get(0) : answers.get(1);
            assertConflict(winner == answers.get(0) ? answers.get(1) : answers.get(0));
            Response now = tab1.req().get("/api/cycles/" + cycle + "/reviews/me");
            assertEquals("SUBMITTED", now.jsonPath().getString("status"));
            assertEquals(winner.jsonPath().getString("comment"), now.jsonPath().getString("comment"));
            assertEquals(2, audited(winner.jsonPath().getLong("id")), "the draft and one submission");
        }
    }
}
