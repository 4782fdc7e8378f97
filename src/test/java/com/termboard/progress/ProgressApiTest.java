package com.termboard.progress;

import static com.termboard.metric.Aggregation.AVERAGE;
import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.metric.Direction.LOWER_IS_BETTER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.progress.ProgressFixture.K;
import com.termboard.progress.ProgressFixture.Made;
import com.termboard.term.PlanStatus;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import com.termboard.testing.TestDay.Today;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/kpis/{id}/progress}: who may enter, when, which dates and values; history; Idempotency-Key. */
@QuarkusTest
@Today("2030-03-31")
class ProgressApiTest {

    /** 2030-03-31 is day 90 of the 181-day fixture term. */
    static final LocalDate TODAY = LocalDate.of(2030, 3, 31);

    @Inject
    MutableClock clock;

    static ValidatableResponse post(String who, long kpi, Map<String, Object> body) {
        return Sessions.basic(who).contentType("application/json").body(body)
                .post("/api/kpis/" + kpi + "/progress").then();
    }

    static Map<String, Object> entry(String asOf, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("asOf", asOf);
        body.put("value", value);
        return body;
    }

    @Test
    void presidentEntersAndSeesTheHistory() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100));
        long kpi = t.kpis().get(0);
        Map<String, Object> body = entry("2030-03-01", 150.5);
        body.put("comment", "First month");
        body.put("confidence", 4);
        int id = post(t.president(), kpi, body).statusCode(201)
                .header("Location", containsString("/api/kpis/" + kpi + "/progress/"))
                .body("id", notNullValue()).body("kpi", equalTo((int) kpi)).body("asOf", equalTo("2030-03-01"))
                .body("value", equalTo(150.5f)).body("comment", equalTo("First month")).body("confidence", equalTo(4))
                .body("enteredBy", equalTo(t.president())).body("superseded", equalTo(false))
                .extract().path("id");
        Sessions.basic(t.president()).get("/api/kpis/" + kpi + "/progress/" + id).then().statusCode(200)
                .body("value", equalTo(150.5f));
        Sessions.basic("exec").get("/api/kpis/" + kpi + "/progress").then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(id));
    }

    @Test
    void aCorrectionSupersedesAndTheOldEntryStaysInTheHistory() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100),
                new K(HIGHER_IS_BETTER, SUM, null, "10", 100));
        long kpi = t.kpis().get(0);
        int first = post(t.president(), kpi, entry("2030-03-15", 140)).statusCode(201).extract().path("id");
        Map<String, Object> fix = entry("2030-03-15", 160);
        fix.put("supersedes", first);
        int second = post("admin", kpi, fix).statusCode(201).body("supersedes", equalTo(first))
                .body("enteredBy", equalTo("admin")).extract().path("id");
        Sessions.basic(t.president()).get("/api/kpis/" + kpi + "/progress").then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.id == " + first + " }.superseded", equalTo(true))
                .body("find { it.id == " + first + " }.supersededBy", equalTo(second))
                .body("find { it.id == " + second + " }.superseded", equalTo(false))
                .body("find { it.id == " + second + " }.supersededBy", nullValue());
        // Correcting the old entry again is a conflict: the newest one is the one to correct.
        post(t.president(), kpi, fix).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already corrected by entry " + second));
        // An entry of another KPI cannot be superseded from here.
        Map<String, Object> foreign = entry("2030-03-15", 1);
        foreign.put("supersedes", second);
        post(t.president(), t.kpis().get(1), foreign).statusCode(400).body("errors.field", hasItem("supersedes"));
        assertEquals(2, ProgressFixture.entries(kpi));
    }

    @Test
    void onlyTheTermsPresidentOrAnAdminEnters() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100));
        Made other = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "1", "2", 100));
        long kpi = t.kpis().get(0);
        for (String who : new String[] {other.president(), "exec", "rev1", "lqiao"}) {
            post(who, kpi, entry("2030-03-01", 1)).statusCode(403).contentType("application/problem+json");
        }
        post("admin", kpi, entry("2030-03-01", 1)).statusCode(201);
        post(t.president(), 999_999_999L, entry("2030-03-01", 1)).statusCode(404);
        Sessions.basic(other.president()).get("/api/kpis/" + kpi + "/progress").then().statusCode(403);
        Sessions.basic("rev1").get("/api/kpis/" + kpi + "/progress").then().statusCode(403);
        Sessions.basic("exec").get("/api/kpis/999999999/progress").then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/kpis/" + kpi + "/progress").then().statusCode(401);
        assertEquals(1, ProgressFixture.entries(kpi));
    }

    @Test
    void onlyForAnApprovedPlan() {
        for (PlanStatus plan : new PlanStatus[] {PlanStatus.DRAFT, PlanStatus.SUBMITTED}) {
            Made t = ProgressFixture.term(plan, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100));
            post(t.president(), t.kpis().get(0), entry("2030-03-01", 1)).statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("once the plan is approved"));
        }
    }

    @Test
    void onlyWhileActiveOrWithinTheGraceDays() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100));
        long kpi = t.kpis().get(0);
        clock.setToday(LocalDate.of(2029, 12, 31));
        post(t.president(), kpi, entry("2030-01-01", 1)).statusCode(409).body("detail", containsString("starts on 2030-01-01"));
        clock.setToday(LocalDate.of(2030, 7, 14)); // the 14th day after the end: still open
        post(t.president(), kpi, entry("2030-06-30", 2)).statusCode(201);
        clock.setToday(LocalDate.of(2030, 7, 15));
        post(t.president(), kpi, entry("2030-06-30", 3)).statusCode(409)
                .body("detail", containsString("until 2030-07-14"));
        assertEquals(1, ProgressFixture.entries(kpi));
        // A term an admin has closed takes nothing, whatever the date.
        clock.setToday(LocalDate.of(2030, 3, 31));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> com.termboard.term.Term
                .update("closedAt = ?1 WHERE id = ?2", java.time.Instant.now(), t.termId()));
        post(t.president(), kpi, entry("2030-03-01", 4)).statusCode(409).body("detail", containsString("closed"));
        assertEquals(1, ProgressFixture.entries(kpi));
    }

    @Test
    void twoRequestsWithTheSameKeyAtOnceStoreOneEntry() throws Exception {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, SUM, null, "100", 100));
        long kpi = t.kpis().get(0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> Sessions.basic(t.president()).contentType("application/json")
                        .header("Idempotency-Key", "burst-" + kpi).body(entry("2030-03-01", 5))
                        .post("/api/kpis/" + kpi + "/progress").then().statusCode(201).extract().<Integer>path("id")));
            }
            java.util.Set<Integer> ids = new java.util.HashSet<>();
            for (var a : answers) {
                ids.add(a.get());
            }
            assertEquals(1, ids.size(), "every answer names the same entry");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, ProgressFixture.entries(kpi));
    }

    @Test
    void everyFieldIsChecked() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 100));
        long kpi = t.kpis().get(0);
        post(t.president(), kpi, entry("2029-12-31", 1)).statusCode(400).body("errors.field", hasItem("asOf"))
                .body("errors.message", hasItem(containsString("inside the term")));
        post(t.president(), kpi, entry("2030-04-01", 1)).statusCode(400)
                .body("errors.message", hasItem(containsString("future")));
        post(t.president(), kpi, entry(null, null)).statusCode(400).body("errors.field", hasItem("asOf"))
                .body("errors.field", hasItem("value"));
        Map<String, Object> bad = entry("2030-03-01", "1.1234567");
        bad.put("confidence", 6);
        bad.put("comment", "x".repeat(2001));
        post(t.president(), kpi, bad).statusCode(400).body("errors.field", hasItem("value"))
                .body("errors.field", hasItem("confidence")).body("errors.field", hasItem("comment"));
        post(t.president(), kpi, entry("2030-03-01", 1e19)).statusCode(400).body("errors.field", hasItem("value"));
        post(t.president(), kpi, entry("yesterday", 1)).statusCode(400).contentType("application/problem+json");
        post(t.president(), kpi, entry("2030-03-01", "lots")).statusCode(400).contentType("application/problem+json");
        Map<String, Object> unknown = entry("2030-03-01", 1);
        unknown.put("supersedes", 999_999_999L);
        post(t.president(), kpi, unknown).statusCode(400).body("errors.field", hasItem("supersedes"));
        Sessions.basic(t.president()).contentType("application/json").body("{\"asOf\": ")
                .post("/api/kpis/" + kpi + "/progress").then().statusCode(400);
        Sessions.basic(t.president()).contentType("application/json").body("")
                .post("/api/kpis/" + kpi + "/progress").then().statusCode(400);
        assertEquals(0, ProgressFixture.entries(kpi));
    }

    @Test
    void aRepeatWithTheSameIdempotencyKeyAnswersTheSameAndStoresNothing() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, SUM, null, "100", 100));
        long kpi = t.kpis().get(0);
        String key = "key-" + kpi;
        var first = Sessions.basic(t.president()).contentType("application/json").header("Idempotency-Key", key)
                .body(entry("2030-03-01", 7)).post("/api/kpis/" + kpi + "/progress").then().statusCode(201)
                .extract();
        var again = Sessions.basic(t.president()).contentType("application/json").header("Idempotency-Key", key)
                .body(entry("2030-03-01", 7)).post("/api/kpis/" + kpi + "/progress").then().statusCode(201)
                .contentType("application/json").extract();
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.body().asString(), again.body().asString());
        assertEquals(1, ProgressFixture.entries(kpi));
        // The same key for something else is refused, not silently answered with the first entry.
        Sessions.basic(t.president()).contentType("application/json").header("Idempotency-Key", key)
                .body(entry("2030-03-02", 8)).post("/api/kpis/" + kpi + "/progress").then().statusCode(409);
        // Keys belong to a user: the admin's same key is a new request.
        Sessions.basic("admin").contentType("application/json").header("Idempotency-Key", key)
                .body(entry("2030-03-01", 7)).post("/api/kpis/" + kpi + "/progress").then().statusCode(201);
        // A failed create keeps no record: the same key may be used again once the input is fixed.
        String retry = "retry-" + kpi;
        Sessions.basic(t.president()).contentType("application/json").header("Idempotency-Key", retry)
                .body(entry("2030-12-01", 1)).post("/api/kpis/" + kpi + "/progress").then().statusCode(400);
        Sessions.basic(t.president()).contentType("application/json").header("Idempotency-Key", retry)
                .body(entry("2030-03-03", 1)).post("/api/kpis/" + kpi + "/progress").then().statusCode(201);
        Sessions.basic(t.president()).contentType("application/json").header("Idempotency-Key", "x".repeat(101))
                .body(entry("2030-03-03", 1)).post("/api/kpis/" + kpi + "/progress").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(3, ProgressFixture.entries(kpi));
    }

    @Test
    void storedEntriesAreCountedForPrometheus() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, SUM, null, "100", 100));
        post(t.president(), t.kpis().get(0), entry("2030-03-01", 1)).statusCode(201);
        String metrics = com.termboard.testing.Management.metrics();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("termboard_progress_entries_total"), metrics);
    }
}
