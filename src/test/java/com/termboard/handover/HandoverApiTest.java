package com.termboard.handover;

import static com.termboard.handover.HandoverFixture.as;
import static com.termboard.handover.HandoverFixture.decision;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.handover.HandoverFixture.Made;
import com.termboard.testing.Fixtures;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/terms/{id}/handover}: the note window, recommendations, decisions, carry-over baselines, access. */
@QuarkusTest
class HandoverApiTest {

    @Inject
    MutableClock clock;

    static Map<String, Object> note(String text, Object... recommendations) {
        Map<String, Object> body = new HashMap<>();
        body.put("note", text);
        List<Map<String, Object>> recs = new java.util.ArrayList<>();
        for (int i = 0; i < recommendations.length; i += 2) {
            recs.add(Map.of("objective", recommendations[i], "recommendation", recommendations[i + 1]));
        }
        body.put("recommendations", recs);
        return body;
    }

    static io.restassured.response.ValidatableResponse put(RequestSpecification who, long term, Object body) {
        return who.contentType("application/json").body(body).put("/api/terms/" + term + "/handover").then();
    }

    static io.restassured.response.ValidatableResponse decide(RequestSpecification who, long term, Object body) {
        return who.contentType("application/json").body(body).post("/api/terms/" + term + "/handover/decisions")
                .then();
    }

    @Test
    void theNoteOpensThirtyDaysBeforeTheEndAndOnlyTheOutgoingPresidentWritesIt() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 5, 30)); // 31 days before the end: too early, a conflict of timing
        put(as(m.outgoing()), m.a(), note("Too early", m.growth(), "CARRY_OVER")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("opens on 2040-05-31"));

        clock.setToday(LocalDate.of(2040, 5, 31));
        for (RequestSpecification who : List.of(as(m.incoming()), Sessions.basic("exec"), Sessions.basic("rev1"),
                Sessions.basic("lqiao"))) {
            put(who, m.a(), note("Not mine", m.growth(), "CLOSE")).statusCode(403);
        }
        put(as(m.outgoing()), m.a(), note("x".repeat(20001))).statusCode(400).body("errors.field", hasItem("note"));
        put(as(m.outgoing()), m.a(), note("Foreign", m.growth(), "CARRY_OVER", 999_999_999L, "CLOSE")).statusCode(400)
                .body("errors.field", hasItem("recommendations[1].objective"));
        put(as(m.outgoing()), m.a(), note("Odd", m.growth(), "MAYBE")).statusCode(400)
                .body("errors.field", hasItem("recommendations[0].recommendation"));
        put(as(m.outgoing()), m.a(), "").statusCode(400);
        Sessions.basic("exec").get("/api/terms/" + m.a() + "/handover").then().statusCode(200)
                .body("note", equalTo("")).body("recommendations[0].recommendation", nullValue());

        String text = "Merchants: on track.\nRisk: fraud rises in Q3.\n\nAdvice: keep <the> pilots.";
        put(as(m.outgoing()), m.a(), note(text, m.growth(), "CARRY_OVER", m.quality(), "CLOSE")).statusCode(200)
                .body("note", equalTo(text)).body("updatedBy", equalTo(m.outgoing()))
                .body("opensOn", equalTo("2040-05-31")).body("nextPresident", equalTo(m.incoming()))
                .body("recommendations.recommendation", hasItems("CARRY_OVER", "CLOSE"));
        put(Fixtures.admin(), m.a(), note(text + " (admin)", m.growth(), "CLOSE")).statusCode(200);
        for (RequestSpecification who : List.of(as(m.outgoing()), as(m.incoming()), Sessions.basic("exec"))) {
            who.get("/api/terms/" + m.a() + "/handover").then().statusCode(200)
                    .body("note", equalTo(text + " (admin)"))
                    .body("recommendations.find { it.objective == " + m.growth() + " }.recommendation",
                            equalTo("CLOSE"))
                    .body("recommendations.find { it.objective == " + m.quality() + " }.recommendation",
                            nullValue());
        }
        Sessions.basic("rev1").get("/api/terms/" + m.a() + "/handover").then().statusCode(403);
        as(Fixtures.president()).get("/api/terms/" + m.a() + "/handover").then().statusCode(403);
        Sessions.basic("exec").get("/api/terms/999999999/handover").then().statusCode(404);
        Fixtures.admin().get("/api/audit?entity=Handover").then().statusCode(200)
                .body("find { it.after != null && it.after.contains('(admin)') }.action", equalTo("UPDATE"));
    }

    static void assertKpi(JsonPath json, String metric, String baseline, String target, int weight) {
        String kpi = "kpis.find { it.metric == '" + metric + "' }";
        assertEquals(0, new BigDecimal(json.getString(kpi + ".baseline")).compareTo(new BigDecimal(baseline)),
                metric + " baseline " + json.getString(kpi + ".baseline"));
        assertEquals(0, new BigDecimal(json.getString(kpi + ".target")).compareTo(new BigDecimal(target)),
                metric + " target " + json.getString(kpi + ".target"));
        assertEquals(weight, json.getInt(kpi + ".weight"));
    }

    @Test
    void carryOverCreatesTheLinkedObjectiveWithBaselinesAtTheClosingActuals() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 7, 5)); // past the end of A: its closing actuals are final
        JsonPath made = decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, 55)).statusCode(201)
                .header("Location", containsString("/api/objectives/"))
                .body("id", notNullValue()).body("title", equalTo("Grow merchants")).body("weight", equalTo(55))
                .body("continues", equalTo((int) m.growth())).body("kpis", hasSize(3)).extract().jsonPath();
        int created = made.getInt("id");
        // LATEST: the entry of the latest as-of date, 150; SUM: 100 + 250 = 350; AVERAGE: (9 + 8 + 7) / 3 = 8
        assertKpi(made, m.latest(), "150", "200", 40);
        assertKpi(made, m.sum(), "350", "1000", 30);
        assertKpi(made, m.average(), "8", "6", 30);
        as(m.incoming()).get("/api/terms/" + m.b()).then().statusCode(200)
                .body("objectives.find { it.id == " + created + " }.continues", equalTo((int) m.growth()))
                .body("planStatus", equalTo("DRAFT"));

        decide(as(m.incoming()), m.a(), decision(m.growth(), "DROP", "Changed my mind", null)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("once"));
        decide(as(m.incoming()), m.a(), decision(m.quality(), "DROP", " ", null)).statusCode(400)
                .body("errors.field", hasItem("reason"));
        decide(as(m.incoming()), m.a(), decision(m.quality(), "DROP", null, null)).statusCode(400)
                .body("errors.field", hasItem("reason"));
        decide(as(m.incoming()), m.a(), decision(m.quality(), "DROP", "Quality is now owned by the platform team",
                null)).statusCode(201).header("Location", containsString("/api/terms/" + m.a() + "/handover"))
                .body("objective", equalTo((int) m.quality())).body("decision", equalTo("DROP"))
                .body("reason", equalTo("Quality is now owned by the platform team"))
                .body("decidedBy", equalTo(m.incoming())).body("decidedAt", notNullValue());
        decide(as(m.incoming()), m.a(), decision(m.quality(), "DROP", "Again", null)).statusCode(409);

        Sessions.basic("exec").get("/api/terms/" + m.a() + "/handover").then().statusCode(200)
                .body("recommendations.find { it.objective == " + m.growth() + " }.decision", equalTo("CARRY_OVER"))
                .body("recommendations.find { it.objective == " + m.growth() + " }.newObjective", equalTo(created))
                .body("recommendations.find { it.objective == " + m.quality() + " }.decision", equalTo("DROP"));
        Fixtures.admin().get("/api/audit?entity=HandoverItem").then().statusCode(200)
                .body("findAll { it.actor == '" + m.incoming() + "' }.action", hasItems("DECIDE"))
                .body("findAll { it.actor == '" + m.incoming() + "' }", hasSize(2));
    }

    @Test
    void onlyTheIncomingPresidentOrAnAdminDecidesAndTheInputIsChecked() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 5, 30));
        decide(as(m.incoming()), m.a(), decision(m.quality(), "DROP", "Early", null)).statusCode(409)
                .body("detail", containsString("opens on 2040-05-31"));
        clock.setToday(LocalDate.of(2040, 7, 5));
        for (RequestSpecification who : List.of(as(m.outgoing()), Sessions.basic("exec"), Sessions.basic("rev1"),
                as(Fixtures.president()), Sessions.basic("lqiao"))) {
            decide(who, m.a(), decision(m.quality(), "DROP", "Not mine to drop", null)).statusCode(403)
                    .contentType("application/problem+json");
        }
        decide(as(m.incoming()), 999_999_999L, decision(m.quality(), "DROP", "x", null)).statusCode(404);
        decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, null)).statusCode(400)
                .body("errors.field", hasItem("weight"));
        decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, 101)).statusCode(400)
                .body("errors.field", hasItem("weight"));
        decide(as(m.incoming()), m.a(), decision(m.growth(), "KEEP", null, 50)).statusCode(400)
                .body("errors.field", hasItem("decision"));
        decide(as(m.incoming()), m.a(), Map.of("objective", "abc", "decision", "DROP")).statusCode(400);
        // An objective of another term (here: of the new term B itself) is not this handover's.
        long foreign = HandoverFixture.create(as(m.incoming()), "/api/terms/" + m.b() + "/objectives",
                HandoverFixture.objective("New idea", 10));
        decide(as(m.incoming()), m.a(), decision(foreign, "DROP", "x", null)).statusCode(400)
                .body("errors.field", hasItem("objective"));
        // The new term has no next term: nobody can decide on its handover.
        decide(Fixtures.admin(), m.b(), decision(foreign, "DROP", "x", null)).statusCode(409)
                .body("detail", containsString("no next term"));
        // An admin may decide (audited as the admin).
        decide(Fixtures.admin(), m.a(), decision(m.quality(), "DROP", "Decided by operations", null)).statusCode(201)
                .body("decidedBy", equalTo("admin"));
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(1));
    }

    @Test
    void aCarryOverNeedsTheNewPlanToBeADraftButADropDoesNot() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 6, 20));
        long own = HandoverFixture.create(as(m.incoming()), "/api/terms/" + m.b() + "/objectives",
                HandoverFixture.objective("Own agenda", 100));
        HandoverFixture.create(as(m.incoming()), "/api/objectives/" + own + "/kpis",
                HandoverFixture.kpi(m.latest(), 1, 2, 100));
        as(m.incoming()).post("/api/terms/" + m.b() + "/plan/submit").then().statusCode(200);
        decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, 20)).statusCode(409)
                .body("detail", containsString("draft plan only"));
        decide(Fixtures.admin(), m.a(), decision(m.growth(), "CARRY_OVER", null, 20)).statusCode(409);
        decide(as(m.incoming()), m.a(), decision(m.growth(), "DROP", "No room in a submitted plan", null))
                .statusCode(201).body("decision", equalTo("DROP"));
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(1));
    }

    @Test
    void aRepeatedDecisionWithTheSameIdempotencyKeyAnswersTheSame() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 7, 1));
        String key = Fixtures.unique("handover-");
        int first = as(m.incoming()).header("Idempotency-Key", key).contentType("application/json")
                .body(decision(m.growth(), "CARRY_OVER", null, 40)).post("/api/terms/" + m.a() + "/handover/decisions")
                .then().statusCode(201).extract().path("id");
        int again = as(m.incoming()).header("Idempotency-Key", key).contentType("application/json")
                .body(decision(m.growth(), "CARRY_OVER", null, 40)).post("/api/terms/" + m.a() + "/handover/decisions")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(1));
    }

    @Test
    void aCarryOverIntoAPlanWithTheSameObjectiveTitleIsRefusedAndNothingIsAdded() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 6, 20));
        HandoverFixture.create(as(m.incoming()), "/api/terms/" + m.b() + "/objectives",
                HandoverFixture.objective(" grow MERCHANTS ", 60));
        decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, 40)).statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("\"Grow merchants\""))
                .body("detail", containsString("twice"));
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(1));
        as(m.incoming()).get("/api/terms/" + m.a() + "/handover").then()
                .body("recommendations.find { it.objective == " + m.growth() + " }.decision", nullValue());
        decide(as(m.incoming()), m.a(), decision(m.quality(), "CARRY_OVER", null, 40)).statusCode(201);
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(2));
    }

    @Test
    void aDecisionIsUndoneWhileTheNewPlanIsADraftAndNotAfterItIsSubmitted() {
        Made m = HandoverFixture.make(clock);
        clock.setToday(LocalDate.of(2040, 6, 20));
        int created = decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, 60)).statusCode(201)
                .extract().path("id");
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(1));
        as(m.outgoing()).delete("/api/terms/" + m.a() + "/handover/decisions/" + m.growth()).then().statusCode(403);
        as(m.incoming()).delete("/api/terms/" + m.a() + "/handover/decisions/" + m.growth()).then().statusCode(200)
                .body("decision", nullValue()).body("newObjective", nullValue());
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(0));
        Fixtures.admin().get("/api/audit?entity=HandoverItem").then().statusCode(200)
                .body("find { it.action == 'UNDO' }.detail", containsString("removed objective " + created));
        as(m.incoming()).delete("/api/terms/" + m.a() + "/handover/decisions/" + m.growth()).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("No decision on \"Grow merchants\""));
        // decided again, and once the plan is submitted the decision stays
        // (the carried objective comes with its KPIs, so the plan can be submitted as it is)
        decide(as(m.incoming()), m.a(), decision(m.growth(), "CARRY_OVER", null, 100)).statusCode(201);
        as(m.incoming()).post("/api/terms/" + m.b() + "/plan/submit").then().statusCode(200);
        as(m.incoming()).delete("/api/terms/" + m.a() + "/handover/decisions/" + m.growth()).then().statusCode(409)
                .body("detail", containsString("no longer a draft"));
        as(m.incoming()).get("/api/terms/" + m.b()).then().body("objectives", hasSize(1));
    }
}
