package com.termboard.review;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.termboard.audit.AuditEntry;
import com.termboard.review.ReviewFixtures.TermRef;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/cycles/{id}/reviews/me} and {@code /api/reviews/{id}/reopen}: every rule with its refusal. */
@QuarkusTest
class ReviewApiTest {

    @Inject
    MutableClock clock;

    TermRef term;
    List<Long> objectives;
    LocalDate opens;
    LocalDate closes;

    @BeforeEach
    void inTheWindow() {
        ReviewFixtures.Window window = ReviewFixtures.window(50, 60);
        term = window.term();
        objectives = window.objectives();
        opens = window.opens();
        closes = window.closes();
        clock.setToday(opens.plusDays(3));
    }

    private long newCycle(String... reviewers) {
        return ReviewFixtures.cycle(term.id(), ReviewFixtures.unique("Check"), opens, closes, List.of(reviewers));
    }

    private static Map<String, Object> review(List<Map<String, Object>> ratings, String comment, boolean submit) {
        Map<String, Object> b = new HashMap<>();
        b.put("ratings", ratings);
        b.put("comment", comment);
        b.put("submit", submit);
        return b;
    }

    private List<Map<String, Object>> all(int rating) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Long o : objectives) {
            list.add(ReviewFixtures.rating(o, rating, "fine"));
        }
        return list;
    }

    private io.restassured.response.ValidatableResponse put(String who, long cycle, Map<String, Object> body) {
        return Sessions.basic(who).contentType("application/json").body(body)
                .put("/api/cycles/" + cycle + "/reviews/me").then();
    }

    @Test
    void aNewReviewIsNotStartedWithOneRowPerObjective() {
        long cycle = newCycle("rev1", "rev2");
        Sessions.basic("rev1").get("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200)
                .body("status", equalTo("NOT_STARTED")).body("id", nullValue()).body("open", equalTo(true))
                .body("ratings", hasSize(objectives.size())).body("ratings[0].rating", nullValue())
                .body("others", nullValue());
    }

    @Test
    void aDraftKeepsPartialInputAndCanBeChanged() {
        long cycle = newCycle("rev1", "rev2");
        int version = put("rev1", cycle, review(List.of(ReviewFixtures.rating(objectives.get(0), 4, "good start")),
                "so far", false)).statusCode(200)
                .body("status", equalTo("DRAFT")).body("id", notNullValue()).body("comment", equalTo("so far"))
                .body("ratings[0].rating", equalTo(4)).body("ratings[0].comment", equalTo("good start"))
                .body("ratings[1].rating", nullValue())
                .extract().path("version");
        Map<String, Object> second = review(List.of(ReviewFixtures.rating(objectives.get(1), 2, null)), "", false);
        second.put("version", version);
        put("rev1", cycle, second).statusCode(200).body("ratings[0].rating", nullValue())
                .body("ratings[1].rating", equalTo(2));
        // the version read before the second save is stale now
        put("rev1", cycle, second).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed in the meantime"));
        Sessions.basic("rev1").get("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("ratings[1].rating", equalTo(2));
    }

    @Test
    void invalidRatingsAreRefusedAndNothingIsStored() {
        long cycle = newCycle("rev1");
        long otherTermsObjective = ReviewFixtures.objectives(ReviewFixtures.term("ABG", "ACTIVE").id()).get(0);
        put("rev1", cycle, review(List.of(ReviewFixtures.rating(objectives.get(0), 6, "")), "", false))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("ratings[0].rating")));
        put("rev1", cycle, review(List.of(ReviewFixtures.rating(objectives.get(0), 0, "")), "", false))
                .statusCode(400).body("errors.field", equalTo(List.of("ratings[0].rating")));
        put("rev1", cycle, review(List.of(ReviewFixtures.rating(objectives.get(0), 3, ""),
                ReviewFixtures.rating(987654321L, 3, "")), "", false))
                .statusCode(400).body("errors.field", equalTo(List.of("ratings[1].objective")));
        put("rev1", cycle, review(List.of(ReviewFixtures.rating(otherTermsObjective, 3, "")), "", false))
                .statusCode(400).body("errors[0].message", containsString("not an objective of this term"));
        put("rev1", cycle, review(List.of(ReviewFixtures.rating(objectives.get(0), 3, ""),
                ReviewFixtures.rating(objectives.get(0), 4, "")), "", false))
                .statusCode(400).body("errors.field", equalTo(List.of("ratings[1].objective")));
        put("rev1", cycle, review(List.of(ReviewFixtures.rating(null, 3, "")), "x".repeat(4001), false))
                .statusCode(400).body("errors.field", hasItems("comment", "ratings[0].objective"));
        Sessions.basic("rev1").contentType("application/json").body("{\"ratings\":[{\"objective\":1,\"rating\":\"high\"}]}")
                .put("/api/cycles/" + cycle + "/reviews/me").then().statusCode(400)
                .contentType("application/problem+json");
        // a submit with one objective unrated
        List<Map<String, Object>> missingOne = all(3);
        missingOne.remove(missingOne.size() - 1);
        put("rev1", cycle, review(missingOne, "", true)).statusCode(400)
                .body("errors.field", equalTo(List.of("ratings")))
                .body("errors[0].message", containsString("objective " + objectives.get(objectives.size() - 1)));
        Assertions.assertEquals(0, ReviewFixtures.reviewsStored(cycle));
        Assertions.assertEquals(0, ReviewFixtures.ratingsStored(cycle));
    }

    @Test
    void onlyAssignedReviewersReviewAndMissingCyclesAre404() {
        long cycle = newCycle("rev1");
        Sessions.basic("rev2").get("/api/cycles/" + cycle + "/reviews/me").then().statusCode(403)
                .contentType("application/problem+json");
        put("rev2", cycle, review(all(3), "", false)).statusCode(403);
        for (String who : List.of("admin", "exec", "lqiao")) {
            Sessions.basic(who).get("/api/cycles/" + cycle + "/reviews/me").then().statusCode(403);
            put(who, cycle, review(all(3), "", false)).statusCode(403);
        }
        Sessions.basic("rev1").get("/api/cycles/987654321/reviews/me").then().statusCode(404);
        Assertions.assertEquals(0, ReviewFixtures.reviewsStored(cycle));
    }

    @Test
    void ratingsAreAcceptedOnlyWhileTheCycleIsOpen() {
        long cycle = newCycle("rev1");
        clock.setToday(opens.minusDays(1));
        put("rev1", cycle, review(all(3), "", false)).statusCode(409)
                .body("detail", equalTo("This cycle opens on " + opens + "."));
        Sessions.basic("rev1").get("/api/cycles/" + cycle + "/reviews/me").then().statusCode(200)
                .body("open", equalTo(false)).body("message", equalTo("This cycle opens on " + opens + "."));
        clock.setToday(closes.plusDays(1));
        put("rev1", cycle, review(all(3), "", true)).statusCode(409)
                .body("detail", equalTo("This cycle closed on " + closes + "."));
        clock.setToday(closes);
        put("rev1", cycle, review(all(3), "", true)).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSubmittedReviewIsImmutableAndCounted() {
        long cycle = newCycle("rev1");
        double before = submissions();
        put("rev1", cycle, review(all(4), "done", true)).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("open", equalTo(false));
        Assertions.assertEquals(before + 1, submissions());
        put("rev1", cycle, review(all(2), "changed my mind", false)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("submitted"));
        Sessions.basic("rev1").get("/api/cycles/" + cycle + "/reviews/me").then()
                .body("comment", equalTo("done")).body("ratings.rating", equalTo(java.util.Collections.nCopies(objectives.size(), 4)));
    }

    @Test
    void othersAreHiddenUntilSubmittedOrClosed() {
        long cycle = newCycle("rev1", "rev2", "rev3");
        put("rev2", cycle, review(all(5), "excellent", true)).statusCode(200);
        put("rev3", cycle, review(all(2), "draft only", false)).statusCode(200);
        put("rev1", cycle, review(all(3), "", false)).statusCode(200).body("others", nullValue());
        Sessions.basic("rev1").get("/api/cycles/" + cycle + "/reviews/me").then().body("others", nullValue());
        put("rev1", cycle, review(all(3), "", true)).statusCode(200)
                .body("others", hasSize(1)).body("others[0].reviewer", equalTo("rev2"))
                .body("others[0].comment", equalTo("excellent")).body("others[0].ratings[0].rating", equalTo(5));
        // rev3 never submitted: blind while open, sees the submitted ones once closed
        Sessions.basic("rev3").get("/api/cycles/" + cycle + "/reviews/me").then().body("others", nullValue());
        clock.setToday(closes.plusDays(1));
        Sessions.basic("rev3").get("/api/cycles/" + cycle + "/reviews/me").then()
                .body("others.reviewer", containsInAnyOrder("rev1", "rev2"));
    }

    @Test
    void anAdminReopensASubmittedReviewWithAReason() {
        long cycle = newCycle("rev1");
        int id = put("rev1", cycle, review(all(3), "", true)).statusCode(200).extract().path("id");
        for (String who : List.of("exec", "rev1")) {
            Sessions.basic(who).contentType("application/json").body(Map.of("reason", "please"))
                    .post("/api/reviews/" + id + "/reopen").then().statusCode(403);
        }
        Sessions.basic("admin").contentType("application/json").body(Map.of("reason", "  "))
                .post("/api/reviews/" + id + "/reopen").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        Sessions.basic("admin").contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/reviews/987654321/reopen").then().statusCode(404);
        Sessions.basic("admin").contentType("application/json").body(Map.of("reason", "Rated the wrong term"))
                .post("/api/reviews/" + id + "/reopen").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("submittedAt", nullValue());
        Sessions.basic("admin").contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/reviews/" + id + "/reopen").then().statusCode(409);
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find(
                "entity = 'Review' AND entityId = ?1 AND action = 'REOPEN'", (long) id).singleResult().detail);
        Assertions.assertEquals("Rated the wrong term", detail);
        put("rev1", cycle, review(all(4), "corrected", true)).statusCode(200).body("ratings[0].rating", equalTo(4));
    }

    private static double submissions() {
        String metrics = com.termboard.testing.Management.metrics();
        return metrics.lines().filter(l -> l.startsWith("termboard_review_submissions_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
