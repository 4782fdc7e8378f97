package com.termboard.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.termboard.audit.AuditEntry;
import com.termboard.review.ReviewFixtures.TermRef;
import com.termboard.testing.Sessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@code POST /api/terms/{id}/cycles} and {@code GET /api/cycles/{id}}: admins create, every rule refused. */
@QuarkusTest
class CycleApiTest {

    private static Map<String, Object> body(String name, Object opens, Object closes, boolean isFinal,
            List<String> reviewers) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("opensOn", opens == null ? null : opens.toString());
        b.put("closesOn", closes == null ? null : closes.toString());
        b.put("final", isFinal);
        b.put("reviewers", reviewers);
        return b;
    }

    @Test
    void adminCreatesACycleWithReviewers() {
        TermRef term = ReviewFixtures.term("DPBG", "ACTIVE");
        String name = ReviewFixtures.unique("Month 2");
        long id = Sessions.basic("admin").contentType("application/json")
                .body(body(name, term.start().plusDays(30), term.start().plusDays(40), false, List.of("rev1", "rev3")))
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(201)
                .header("Location", containsString("/api/cycles/"))
                .body("id", notNullValue()).body("name", equalTo(name)).body("term", equalTo((int) term.id()))
                .body("final", equalTo(false)).body("opensOn", equalTo(term.start().plusDays(30).toString()))
                .body("reviewers.username", equalTo(List.of("rev1", "rev3")))
                .body("reviewers.conflict_of_interest", equalTo(List.of(false, false)))
                .extract().jsonPath().getLong("id");
        Sessions.basic("exec").get("/api/cycles/" + id).then().statusCode(200)
                .body("reviewers.status", equalTo(List.of("NOT_STARTED", "NOT_STARTED")));
        // an assigned reviewer reads the cycle but not the others' completion
        Sessions.basic("rev1").get("/api/cycles/" + id).then().statusCode(200)
                .body("reviewers[0].status", nullValue());
        Sessions.basic("wliu").get("/api/cycles/" + id).then().statusCode(403);
        Sessions.basic("admin").get("/api/terms/" + term.id() + "/cycles").then().statusCode(200)
                .body("name", hasItems(name, "Mid-term", "Final"));
        long audited = QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.count("entity = 'ReviewCycle' AND entityId = ?1 AND action = 'CREATE'", id));
        Assertions.assertEquals(1, audited);
    }

    @Test
    void previousPresidentOfTheGroupIsAcceptedButFlagged() {
        Object[] fixture = ReviewFixtures.groupWithReviewingPreviousPresident();
        long termId = (Long) fixture[0];
        String previous = (String) fixture[1];
        Sessions.basic("admin").contentType("application/json")
                .body(body("Final", "2026-01-02", "2026-01-20", true, List.of("rev2", previous)))
                .post("/api/terms/" + termId + "/cycles").then().statusCode(201)
                .body("final", equalTo(true))
                .body("reviewers.find { it.username == '" + previous + "' }.conflict_of_interest", equalTo(true))
                .body("reviewers.find { it.username == 'rev2' }.conflict_of_interest", equalTo(false));
    }

    @Test
    void windowMustLieInsideTheTermOrUpTo30DaysAfter() {
        TermRef term = ReviewFixtures.term("ABG", "ENDED");
        String base = "/api/terms/" + term.id() + "/cycles";
        Sessions.basic("admin").contentType("application/json")
                .body(body(ReviewFixtures.unique("Early"), term.start().minusDays(1), term.start().plusDays(5), false,
                        List.of("rev1")))
                .post(base).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("opensOn")));
        Sessions.basic("admin").contentType("application/json")
                .body(body(ReviewFixtures.unique("Late"), term.end().plusDays(10), term.end().plusDays(31), false,
                        List.of("rev1")))
                .post(base).then().statusCode(400).body("errors.field", equalTo(List.of("closesOn")))
                .body("errors[0].message", containsString(term.end().plusDays(30).toString()));
        Sessions.basic("admin").contentType("application/json")
                .body(body(ReviewFixtures.unique("Last day"), term.end().plusDays(10), term.end().plusDays(30), false,
                        List.of("rev1")))
                .post(base).then().statusCode(201);
        Sessions.basic("admin").contentType("application/json")
                .body(body(ReviewFixtures.unique("Backwards"), term.start().plusDays(10), term.start().plusDays(9),
                        false, List.of("rev1")))
                .post(base).then().statusCode(400).body("errors.field", equalTo(List.of("closesOn")));
    }

    @Test
    void invalidFieldsAre400AndNothingIsCreated() {
        TermRef term = ReviewFixtures.term("ABG", "ENDED");
        long before = QuarkusTransaction.requiringNew().call(() -> ReviewCycle.count("term.id", term.id()));
        Sessions.basic("admin").contentType("application/json")
                .body(body(" ", null, null, false, List.of("lqiao", "nobody-here")))
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "opensOn", "closesOn", "reviewers"))
                .body("errors.find { it.field == 'reviewers' }.message",
                        equalTo("Not accepted: lqiao is not a reviewer; no user nobody-here."));
        Sessions.basic("admin").contentType("application/json")
                .body(body("No reviewers", term.start(), term.end(), false, List.of()))
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reviewers")));
        Sessions.basic("admin").contentType("application/json")
                .body(body("Twice", term.start(), term.end(), false, List.of("rev1", "rev1")))
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reviewers")));
        Sessions.basic("admin").contentType("application/json")
                .body("{\"name\":\"Bad date\",\"opensOn\":\"2026-13-01\",\"closesOn\":\"2026-12-01\",\"reviewers\":[\"rev1\"]}")
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(400)
                .contentType("application/problem+json");
        Sessions.basic("admin").contentType("application/json").body("{\"reviewers\": \"rev1\"}")
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(400);
        long after = QuarkusTransaction.requiringNew().call(() -> ReviewCycle.count("term.id", term.id()));
        Assertions.assertEquals(before, after);
    }

    @Test
    void atMostOneFinalCyclePerTermAndNamesAreUnique() {
        TermRef term = ReviewFixtures.term("ABG", "PLANNED");
        String base = "/api/terms/" + term.id() + "/cycles";
        Sessions.basic("admin").contentType("application/json")
                .body(body("Final", term.end().plusDays(2), term.end().plusDays(20), true, List.of("rev1")))
                .post(base).then().statusCode(201);
        Sessions.basic("admin").contentType("application/json")
                .body(body("Final again", term.end().plusDays(2), term.end().plusDays(20), true, List.of("rev1")))
                .post(base).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has a final"));
        Sessions.basic("admin").contentType("application/json")
                .body(body("final", term.start(), term.start().plusDays(5), false, List.of("rev1")))
                .post(base).then().statusCode(409).body("detail", containsString("named"));
    }

    @Test
    void onlyAdminsCreateAndAMissingTermIs404() {
        TermRef term = ReviewFixtures.term("DPBG", "ACTIVE");
        for (String who : List.of("exec", "rev1", "lqiao")) {
            Sessions.basic(who).contentType("application/json")
                    .body(body(ReviewFixtures.unique("Sneaky"), term.start(), term.end(), false, List.of("rev1")))
                    .post("/api/terms/" + term.id() + "/cycles").then().statusCode(403);
        }
        Sessions.basic("admin").contentType("application/json")
                .body(body("Nowhere", "2026-01-01", "2026-01-02", false, List.of("rev1")))
                .post("/api/terms/99999999/cycles").then().statusCode(404).contentType("application/problem+json");
        Sessions.basic("admin").get("/api/cycles/99999999").then().statusCode(404);
        Sessions.basic("wliu").get("/api/terms/" + term.id() + "/cycles").then().statusCode(403);
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyCreatesNothingNew() {
        TermRef term = ReviewFixtures.term("DPBG", "ENDED");
        String key = "cycle-" + System.nanoTime();
        Map<String, Object> b = body(ReviewFixtures.unique("Once"), term.start().plusDays(3), term.start().plusDays(9),
                false, List.of("rev2"));
        long first = Sessions.basic("admin").contentType("application/json").header("Idempotency-Key", key).body(b)
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.basic("admin").contentType("application/json").header("Idempotency-Key", key).body(b)
                .post("/api/terms/" + term.id() + "/cycles").then().statusCode(201)
                .header("Location", containsString("/api/cycles/" + first)).body("id", equalTo((int) first));
        long named = QuarkusTransaction.requiringNew().call(() ->
                ReviewCycle.count("term.id = ?1 AND name = ?2", term.id(), b.get("name")));
        Assertions.assertEquals(1, named);
        Sessions.basic("admin").contentType("application/json").header("Idempotency-Key", key).body(b)
                .post("/api/terms/" + ReviewFixtures.term("ABG", "ENDED").id() + "/cycles").then().statusCode(409);
    }
}
