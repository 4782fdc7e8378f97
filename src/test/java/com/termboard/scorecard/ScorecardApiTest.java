package com.termboard.scorecard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/terms/{id}/scorecard} against {@link Scenario}, every expected number computed by hand:
 *
 * <pre>
 * Term 2026-01-01..2026-06-30 (181 days), ended: reference date 2026-06-30, elapsed f = 1.
 * O1 "Grow merchants", weight 60
 *   K1 HIGHER/LATEST, baseline 100, target 200, weight 70: entries 130 (02-01), 150 (04-01), 190 (05-01)
 *      superseded by 170 (05-01) → 3 counting entries, actual 170, attainment (170−100)/(200−100) = 0.7
 *      0.7 &lt; 0.85 × 1 → OFF_TRACK
 *   K2 LOWER/AVERAGE, baseline 10, target 5, weight 30: entries 4, 5 → actual 4.5,
 *      attainment (10−4.5)/(10−5) = 1.1 ≥ 1 → ON_TRACK
 *   KPI score (0.7×70 + 1.1×30)/100 = 0.82, coverage 1
 * O2 "Cut losses", weight 40, continues the previous term's objective
 *   K3 HIGHER/SUM, no baseline, target 1000, weight 50: 300 + 400 + 500 = 1200 → 1200/1000 = 1.2, ON_TRACK
 *   K4 no entries → actual, attainment and status null, left out of the mean
 *   KPI score 1.2, coverage 50/100 = 0.5
 * Term KPI score (0.82×60 + 1.2×40)/100 = 0.972; coverage (1×60 + 0.5×40)/100 = 0.8; continuity 40/100 = 0.4
 * Mid-term (closes 04-05): O1 ratings 3, 4 → mean 3.5, spread 0.5; O2 3, 3 → mean 3, spread 0
 *   cycle score (3.5×60 + 3×40)/100 = 3.3; 2 assigned, 2 submitted
 * Final (final): O1 4, 2 → mean 3, spread 1, range 2 → disagreement; O2 5, 4 → mean 4.5, spread 0.5
 *   (the draft's 1s never count) cycle score (3×60 + 4.5×40)/100 = 3.6; 3 assigned, 2 submitted
 * Review score = the final cycle's = 3.6
 * Composite 100 × (0.6 × min(0.972, 1) + 0.4 × (3.6 − 1)/4) = 100 × (0.5832 + 0.26) = 84.32
 * </pre>
 */
@QuarkusTest
class ScorecardApiTest {

    static Scenario s;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void build() {
        s = Scenario.build();
    }

    static JsonPath json(String user, String query) {
        return Sessions.basic(user).config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get("/api/terms/" + s.termId + "/scorecard" + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static void num(JsonPath json, String path, String expected) {
        Object value = json.get(path);
        assertTrue(value instanceof BigDecimal || value instanceof Integer, path + " is " + value);
        BigDecimal actual = new BigDecimal(value.toString());
        assertEquals(0, new BigDecimal(expected).compareTo(actual), path + ": expected " + expected + ", was "
                + actual);
    }

    @Test
    void everyNumberOfTheEndedTermMatchesTheHandComputation() {
        JsonPath j = json("exec", "");
        assertEquals(s.termId, j.getLong("term.id"));
        assertEquals(s.group, j.getString("term.group"));
        assertEquals(s.president, j.getString("term.president"));
        assertEquals("2026-01-01", j.getString("term.startDate"));
        assertEquals("2026-06-30", j.getString("term.endDate"));
        assertEquals("ENDED", j.getString("term.status"));
        assertEquals("APPROVED", j.getString("term.planStatus"));
        assertEquals("2026-06-30", j.getString("asOf"));
        num(j, "elapsed", "1");
        num(j, "kpiScore", "0.972");
        num(j, "coverage", "0.8");
        num(j, "reviewScore", "3.6");
        num(j, "composite", "84.32");
        num(j, "continuity", "0.4");

        assertEquals(s.o1, j.getLong("objectives[0].id"));
        assertEquals("Grow merchants", j.getString("objectives[0].title"));
        assertEquals(60, j.getInt("objectives[0].weight"));
        num(j, "objectives[0].kpiScore", "0.82");
        num(j, "objectives[0].coverage", "1");
        assertEquals(s.k1, j.getLong("objectives[0].kpis[0].id"));
        assertEquals("SCT-MERCHANTS", j.getString("objectives[0].kpis[0].metric"));
        num(j, "objectives[0].kpis[0].baseline", "100");
        num(j, "objectives[0].kpis[0].target", "200");
        assertEquals(70, j.getInt("objectives[0].kpis[0].weight"));
        num(j, "objectives[0].kpis[0].actual", "170");
        num(j, "objectives[0].kpis[0].attainment", "0.7");
        assertEquals("OFF_TRACK", j.getString("objectives[0].kpis[0].status"));
        assertEquals(3, j.getInt("objectives[0].kpis[0].entries"));
        num(j, "objectives[0].kpis[1].actual", "4.5");
        num(j, "objectives[0].kpis[1].attainment", "1.1");
        assertEquals("ON_TRACK", j.getString("objectives[0].kpis[1].status"));
        assertEquals(2, j.getInt("objectives[0].kpis[1].entries"));

        num(j, "objectives[1].kpiScore", "1.2");
        num(j, "objectives[1].coverage", "0.5");
        assertNull(j.get("objectives[1].kpis[0].baseline"));
        num(j, "objectives[1].kpis[0].actual", "1200");
        num(j, "objectives[1].kpis[0].attainment", "1.2");
        assertEquals("ON_TRACK", j.getString("objectives[1].kpis[0].status"));
        assertEquals(s.k4, j.getLong("objectives[1].kpis[1].id"));
        assertTrue(j.getMap("objectives[1].kpis[1]").containsKey("actual"), "null fields are present");
        assertNull(j.get("objectives[1].kpis[1].actual"));
        assertNull(j.get("objectives[1].kpis[1].attainment"));
        assertNull(j.get("objectives[1].kpis[1].status"));
        assertEquals(0, j.getInt("objectives[1].kpis[1].entries"));

        assertEquals(s.midCycle, j.getLong("objectives[0].cycles[0].cycle"));
        num(j, "objectives[0].cycles[0].mean", "3.5");
        num(j, "objectives[0].cycles[0].spread", "0.5");
        assertEquals(false, j.getBoolean("objectives[0].cycles[0].disagreement"));
        assertEquals(2, j.getInt("objectives[0].cycles[0].ratings"));
        assertEquals(s.finalCycle, j.getLong("objectives[0].cycles[1].cycle"));
        num(j, "objectives[0].cycles[1].mean", "3");
        num(j, "objectives[0].cycles[1].spread", "1");
        assertEquals(true, j.getBoolean("objectives[0].cycles[1].disagreement"));
        num(j, "objectives[1].cycles[0].mean", "3");
        num(j, "objectives[1].cycles[0].spread", "0");
        num(j, "objectives[1].cycles[1].mean", "4.5");
        num(j, "objectives[1].cycles[1].spread", "0.5");
        assertEquals(false, j.getBoolean("objectives[1].cycles[1].disagreement"));

        assertEquals(s.midCycle, j.getLong("cycles[0].id"));
        assertEquals("Mid-term", j.getString("cycles[0].name"));
        assertEquals(false, j.getBoolean("cycles[0].final"));
        assertEquals("2026-03-25", j.getString("cycles[0].opensOn"));
        assertEquals("2026-04-05", j.getString("cycles[0].closesOn"));
        num(j, "cycles[0].reviewScore", "3.3");
        assertEquals(2, j.getInt("cycles[0].assigned"));
        assertEquals(2, j.getInt("cycles[0].submitted"));
        assertEquals(true, j.getBoolean("cycles[1].final"));
        num(j, "cycles[1].reviewScore", "3.6");
        assertEquals(3, j.getInt("cycles[1].assigned"));
        assertEquals(2, j.getInt("cycles[1].submitted"));
    }

    /**
     * As of 2026-03-31: f = 90/181 (31 + 28 + 31 days); K1 counts only 130 → 0.3 &lt; 0.85 f ≈ 0.4227 → OFF_TRACK;
     * K2 only 4 → (10−4)/5 = 1.2 ON_TRACK; K3 only 300 → 0.3 OFF_TRACK. O1 (0.3×70 + 1.2×30)/100 = 0.57,
     * O2 0.3, term (0.57×60 + 0.3×40)/100 = 0.462.
     */
    @Test
    void aReferenceDateInsideTheTermScoresThePaceOfThatDay() {
        JsonPath j = json("exec", "?asOf=2026-03-31");
        assertEquals("2026-03-31", j.getString("asOf"));
        BigDecimal elapsed = new BigDecimal(j.get("elapsed").toString());
        BigDecimal exact = new BigDecimal(90).divide(new BigDecimal(181), java.math.MathContext.DECIMAL128);
        assertTrue(elapsed.subtract(exact).abs().compareTo(new BigDecimal("1E-15")) < 0, "elapsed " + elapsed);
        num(j, "objectives[0].kpis[0].actual", "130");
        num(j, "objectives[0].kpis[0].attainment", "0.3");
        assertEquals("OFF_TRACK", j.getString("objectives[0].kpis[0].status"));
        assertEquals(1, j.getInt("objectives[0].kpis[0].entries"));
        num(j, "objectives[0].kpis[1].attainment", "1.2");
        assertEquals("ON_TRACK", j.getString("objectives[0].kpis[1].status"));
        num(j, "objectives[1].kpis[0].actual", "300");
        assertEquals("OFF_TRACK", j.getString("objectives[1].kpis[0].status"));
        num(j, "objectives[0].kpiScore", "0.57");
        num(j, "kpiScore", "0.462");
        assertEquals("ENDED", j.getString("term.status"), "the status is today's, whatever the reference date");
    }

    @Test
    void aBadAsOfIs400NamingTheField() {
        for (String bad : new String[] {"2026-13-01", "yesterday", "2026-02-30", "26-1-1"}) {
            Sessions.basic("exec").get("/api/terms/" + s.termId + "/scorecard?asOf=" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        }
    }

    @Test
    void missingTermsAre404() {
        Sessions.basic("exec").get("/api/terms/999999999/scorecard").then().statusCode(404)
                .contentType("application/problem+json");
        Sessions.basic("exec").get("/api/terms/abc/scorecard").then().statusCode(404);
    }

    @Test
    void thePresidentAndTheTermsReviewersReadItOthersAreRefused() {
        Sessions.basic(s.president).get("/api/terms/" + s.termId + "/scorecard").then().statusCode(200);
        Sessions.basic(s.reviewers[0]).get("/api/terms/" + s.termId + "/scorecard").then().statusCode(200);
        Sessions.basic("admin").get("/api/terms/" + s.termId + "/scorecard").then().statusCode(200);
        Sessions.basic("lqiao").get("/api/terms/" + s.termId + "/scorecard").then().statusCode(403)
                .contentType("application/problem+json");
        Sessions.basic("rev1").get("/api/terms/" + s.termId + "/scorecard").then().statusCode(403);
        RestAssured.given().redirects().follow(false).get("/api/terms/" + s.termId + "/scorecard").then()
                .statusCode(401);
    }

    /** On 2026-07-01 the final cycle is open: only who has submitted in it (and executives) sees its numbers. */
    @Test
    void anOpenCyclesResultsStayHiddenFromWhoHasNotSubmittedInIt() {
        clock.setToday(LocalDate.parse("2026-07-01"));
        try {
            JsonPath draft = json(s.reviewers[2], "");
            num(draft, "cycles[0].reviewScore", "3.3");
            assertNull(draft.get("cycles[1].reviewScore"));
            assertNull(draft.get("reviewScore"));
            assertNull(draft.get("composite"));
            assertNull(draft.get("objectives[0].cycles[1].mean"));
            num(draft, "kpiScore", "0.972");
            JsonPath president = json(s.president, "");
            assertNull(president.get("cycles[1].reviewScore"));
            JsonPath submitted = json(s.reviewers[0], "");
            num(submitted, "cycles[1].reviewScore", "3.6");
            num(submitted, "composite", "84.32");
            num(json("exec", ""), "composite", "84.32");
        } finally {
            clock.reset();
        }
    }
}
