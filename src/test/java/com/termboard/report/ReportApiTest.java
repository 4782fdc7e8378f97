package com.termboard.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.group.BusinessGroup;
import com.termboard.metric.Metric;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.review.ReviewCycle;
import com.termboard.scorecard.Scenario;
import com.termboard.term.Term;
import com.termboard.testing.Sessions;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/reports/...} on the {@link Scenario} term A (numbers in ScorecardApiTest) and a term B built here:
 * one objective (weight 100), one KPI on SCT-MERCHANTS (baseline 100, target 200) at 150 → attainment 0.5 = KPI
 * score, coverage 1; one reviewer rates 4 in the final cycle → review score 4; composite
 * 100 × (0.6 × 0.5 + 0.4 × (4 − 1)/4) = 60. Deltas B − A: KPI −0.472, coverage +0.2, review +0.4, composite −24.32.
 */
@QuarkusTest
class ReportApiTest {

    static Scenario s;
    static long termB;

    @BeforeAll
    static void build() {
        s = Scenario.build();
        termB = QuarkusTransaction.requiringNew().call(() -> {
            User p = Scenario.user("pb" + s.tag.toLowerCase(), "PRESIDENT");
            User r = Scenario.user("rr" + s.tag.toLowerCase(), "REVIEWER");
            BusinessGroup g = Scenario.group("SB-" + s.tag);
            Term t = Scenario.term(g, p, 1, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
            Objective o = Scenario.objective(t, 0, "Only objective", 100, null);
            Kpi k = Scenario.kpi(o, Metric.byCode("SCT-MERCHANTS").orElseThrow(), 0, "100", "200", 100);
            Scenario.entry(k, p, "2026-03-01", "150", 9, null);
            ReviewCycle c = Scenario.cycle(t, "Final", "2026-06-20", "2026-07-10", true);
            Scenario.review(c, r, true, "", o, 4);
            return t.id;
        });
    }

    static JsonPath json(String path) {
        return Sessions.basic("exec").config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .get(path).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static void num(JsonPath json, String path, String expected) {
        Object value = json.get(path);
        assertTrue(value != null, path + " is null");
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(value.toString())),
                path + ": expected " + expected + ", was " + value);
    }

    @Test
    void compareAlignsMetricsAndGivesDeltasAgainstTheFirstTerm() {
        JsonPath j = json("/api/reports/compare?terms=" + s.termId + "," + termB);
        assertEquals(s.termId, j.getLong("terms[0].id"));
        assertEquals(termB, j.getLong("terms[1].id"));
        num(j, "terms[0].composite", "84.32");
        num(j, "terms[1].kpiScore", "0.5");
        num(j, "terms[1].reviewScore", "4");
        num(j, "terms[1].composite", "60");
        num(j, "deltas[0].kpiScore", "0");
        num(j, "deltas[1].kpiScore", "-0.472");
        num(j, "deltas[1].coverage", "0.2");
        num(j, "deltas[1].reviewScore", "0.4");
        num(j, "deltas[1].composite", "-24.32");
        assertEquals(java.util.List.of("SCT-MERCHANTS", "SCT-LOSS", "SCT-RECOVERED", "SCT-AUDITS"),
                j.getList("metrics.metric"));
        num(j, "metrics[0].cells[0].attainment", "0.7");
        num(j, "metrics[0].cells[1].attainment", "0.5");
        num(j, "metrics[0].cells[1].delta", "-0.2");
        num(j, "metrics[1].cells[0].attainment", "1.1");
        assertNull(j.get("metrics[1].cells[1]"), "B has no KPI on SCT-LOSS");
        assertEquals("Grow merchants", j.getString("terms[0].objectives[0].title"));
    }

    @Test
    void theReferenceTermOfTheDeltasIsTheFirstUnlessRefNamesAnother() {
        JsonPath first = json("/api/reports/compare?terms=" + s.termId + "," + termB);
        assertEquals(s.termId, first.getLong("reference"));
        JsonPath j = json("/api/reports/compare?terms=" + s.termId + "," + termB + "&ref=" + termB);
        assertEquals(termB, j.getLong("reference"));
        assertEquals(s.termId, j.getLong("terms[0].id"), "the order of the terms stays");
        num(j, "deltas[0].kpiScore", "0.472");
        num(j, "deltas[0].composite", "24.32");
        num(j, "deltas[1].kpiScore", "0");
        num(j, "metrics[0].cells[0].delta", "0.2");
        num(j, "metrics[0].cells[1].delta", "0");
        for (String ref : new String[] {"999999999", "abc", s.termId + "," + termB}) {
            Sessions.basic("exec").get("/api/reports/compare?terms=" + s.termId + "," + termB + "&ref=" + ref).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("ref"));
        }
    }

    @Test
    void compareRefusesBadTermLists() {
        String[] bad = {"", s.termId + "", "1,2,3,4,5,6,7", "abc," + s.termId, s.termId + ",-1",
            s.termId + "," + s.termId, s.termId + ",999999999", s.termId + ",99999999999999999999999"};
        for (String terms : bad) {
            Sessions.basic("exec").get("/api/reports/compare?terms=" + terms).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("terms"));
        }
        Sessions.basic("exec").get("/api/reports/compare").then().statusCode(400);
    }

    /** Group A: the previous term (one objective, no KPI, no review) and the scored term. */
    @Test
    void groupHistoryHasOneRowPerTermWithContinuityAndMetricTrends() {
        JsonPath j = json("/api/reports/groups/" + s.group);
        assertEquals(s.group, j.getString("group.code"));
        assertEquals(java.util.List.of(s.previousTermId, s.termId),
                j.getList("terms.id", Long.class));
        assertNull(j.get("terms[0].kpiScore"));
        num(j, "terms[0].continuity", "0");
        num(j, "terms[1].kpiScore", "0.972");
        num(j, "terms[1].reviewScore", "3.6");
        num(j, "terms[1].composite", "84.32");
        num(j, "terms[1].continuity", "0.4");
        assertEquals(1, j.getInt("terms[1].kpisOffTrack"));
        assertEquals(5, j.getInt("terms[1].reviewsAssigned"));
        assertEquals(4, j.getInt("terms[1].reviewsSubmitted"));
        num(j, "terms[1].reviewCompletion", "0.8");
        assertNull(j.get("metrics[0].cells[0]"));
        num(j, "metrics[0].cells[1].attainment", "0.7");
        Sessions.basic("exec").get("/api/reports/groups/NOPE-" + s.tag).then().statusCode(404);
    }

    @Test
    void presidentHistoryListsTheirTerms() {
        JsonPath j = json("/api/reports/presidents/" + s.president);
        assertEquals(s.president, j.getString("president.username"));
        assertEquals(2, j.getList("terms").size());
        num(j, "terms[1].composite", "84.32");
        Sessions.basic("exec").get("/api/reports/presidents/nobody" + s.tag.toLowerCase()).then().statusCode(404);
        JsonPath demo = json("/api/reports/presidents/lqiao");
        assertTrue(demo.getList("terms.group").stream().allMatch("DPBG"::equals));
    }

    /**
     * Leniency: ra's deviations from rb: Mid O1 3−4 = −1, O2 3−3 = 0, Final O1 4−2 = +2, O2 5−4 = +1 → mean +0.5;
     * rb the opposite, −0.5; rc only has a draft, so no ratings. Completion: Mid 2/2, Final 2/3.
     */
    @Test
    void reviewersReportGivesCompletionPerCycleAndLeniency() {
        JsonPath j = json("/api/reports/reviewers");
        Map<String, Object> ra = j.getMap("reviewers.find { it.reviewer == '" + s.reviewers[0] + "' }");
        assertEquals(4, ((Number) ra.get("ratings")).intValue());
        assertEquals(0, new BigDecimal("0.5").compareTo(new BigDecimal(ra.get("leniency").toString())));
        Map<String, Object> rb = j.getMap("reviewers.find { it.reviewer == '" + s.reviewers[1] + "' }");
        assertEquals(0, new BigDecimal("-0.5").compareTo(new BigDecimal(rb.get("leniency").toString())));
        assertNull(j.get("reviewers.find { it.reviewer == '" + s.reviewers[2] + "' }"));
        num(j, "cycles.find { it.id == " + s.midCycle + " }.completion", "1");
        num(j, "cycles.find { it.id == " + s.finalCycle + " }.completion", "0.6666666666666667");
        assertEquals(3, j.getInt("cycles.find { it.id == " + s.finalCycle + " }.assigned"));
    }

    @Test
    void onlyExecutivesAndAdminsReadReports() {
        for (String path : new String[] {"/api/reports/compare?terms=" + s.termId + "," + termB,
            "/api/reports/groups/DPBG", "/api/reports/presidents/lqiao", "/api/reports/reviewers"}) {
            Sessions.basic("admin").get(path).then().statusCode(200);
            Sessions.basic("lqiao").get(path).then().statusCode(403);
            Sessions.basic("rev1").get(path).then().statusCode(403);
            RestAssured.given().redirects().follow(false).get(path).then().statusCode(401);
        }
    }
}
