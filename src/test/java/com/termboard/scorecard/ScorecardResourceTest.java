package com.termboard.scorecard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /terms/{id}} and its CSV: the numbers of {@link ScorecardApiTest}, rounded only for display. */
@QuarkusTest
class ScorecardResourceTest {

    static Scenario s;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void build() {
        s = Scenario.build();
    }

    @Test
    void thePageShowsScoresStatusLabelsSparklinesAndEscapedTitles() {
        Sessions.demo("exec").get("/terms/" + s.termId).then().statusCode(200)
                .body(containsString("Grow merchants"))
                .body(containsString("Cut losses &lt;b&gt;now&lt;/b&gt;"))
                .body(not(containsString("<b>now</b>")))
                .body(containsString("84.3"))           // composite 84.32
                .body(containsString("97.2%"))          // KPI score 0.972
                .body(containsString("80.0%"))          // coverage 0.8
                .body(containsString("3.60"))           // review score 3.6, from the final cycle
                .body(containsString("40.0%"))          // continuity
                .body(containsString("Off track"))
                .body(containsString("On track"))
                .body(containsString("No data"))
                .body(containsString("<svg class=\"sparkline\" role=\"img\""))
                .body(containsString("<title>Progress of SCT-MERCHANTS: 3 entries"))
                .body(containsString("Disagreement"))
                .body(containsString("3.00 ± 1.00"))
                .body(containsString("Secret words of ra"))
                .body(containsString("Solid start"))
                .body(not(containsString("A draft")));
    }

    @Test
    void commentsOfAnOpenCycleAreHiddenFromWhoMayNotSeeThemYet() {
        clock.setToday(LocalDate.parse("2026-07-01"));
        try {
            Sessions.demo(s.reviewers[2]).get("/terms/" + s.termId).then().statusCode(200)
                    .body(containsString("Solid start"))
                    .body(not(containsString("Secret words of ra")))
                    .body(containsString("hidden until you submit"));
            Sessions.demo(s.president).get("/terms/" + s.termId).then().statusCode(200)
                    .body(not(containsString("Secret words of ra")));
            Sessions.demo(s.reviewers[0]).get("/terms/" + s.termId).then().statusCode(200)
                    .body(containsString("Secret words of ra"));
        } finally {
            clock.reset();
        }
    }

    /**
     * The headline review score agrees with the cycles table for every reader: on 2026-07-01 the mid-term cycle has
     * closed and the final one (the term's score, 3.60) is open, so whoever may not see it yet is told when they will.
     */
    @Test
    void theHeadlineReviewScoreAgreesWithTheTableForEveryReader() {
        clock.setToday(LocalDate.parse("2026-07-01"));
        try {
            String president = Sessions.demo(s.president).get("/terms/" + s.termId).then().statusCode(200)
                    .extract().asString();
            assertTrue(president.contains("Shown when cycle “Final” closes on 2026-07-10"), president);
            assertTrue(president.contains("hidden until the cycle closes"), president);
            assertTrue(!president.contains("hidden until you submit") && !president.contains("3.60")
                    && !president.contains("No submitted reviews"), president);
            assertTrue(president.contains("Shown with the review score."), president);
            String drafting = Sessions.demo(s.reviewers[2]).get("/terms/" + s.termId).then().statusCode(200)
                    .extract().asString();
            assertTrue(drafting.contains("Shown when you submit your review of cycle “Final”, or when it closes on "
                    + "2026-07-10"), drafting);
            assertTrue(drafting.contains("hidden until you submit or the cycle closes") && !drafting.contains("3.60"),
                    drafting);
            for (String reader : new String[] {s.reviewers[0], "exec", "admin"}) {
                String html = Sessions.demo(reader).get("/terms/" + s.termId).then().statusCode(200).extract()
                        .asString();
                assertTrue(html.contains("id=\"review-score\">3.60<") && html.contains("From cycle “Final”")
                        && !html.contains("hidden until"), reader + ": " + html);
            }
            clock.setToday(LocalDate.parse("2026-07-11"));
            Sessions.demo(s.president).get("/terms/" + s.termId).then().statusCode(200)
                    .body(containsString("id=\"review-score\">3.60<")).body(containsString("From cycle “Final”"))
                    .body(not(containsString("hidden until")));
        } finally {
            clock.reset();
        }
    }

    /** The demo's next DPBG term is PLANNED with a draft plan: no data anywhere, and the page still renders. */
    @Test
    void aPlannedTermWithoutDataRendersWithDashes() {
        java.util.List<Integer> ids = Sessions.basic("exec").get("/api/groups/DPBG/terms").then().statusCode(200)
                .extract().jsonPath().getList("id");
        int planned = ids.get(ids.size() - 1);
        Sessions.basic("exec").get("/api/terms/" + planned + "/scorecard").then().statusCode(200)
                .body("term.status", org.hamcrest.Matchers.equalTo("PLANNED"))
                .body("elapsed", org.hamcrest.Matchers.equalTo(0))
                .body("composite", org.hamcrest.Matchers.nullValue())
                .body("reviewScore", org.hamcrest.Matchers.nullValue());
        Sessions.demo("exec").get("/terms/" + planned).then().statusCode(200).body(containsString("PLANNED"));
        Sessions.demo("mchen").get("/reports/presidents/mchen").then().statusCode(403);
        Sessions.demo("exec").get("/reports/presidents/admin").then().statusCode(200)
                .body(containsString("has held no term"));
    }

    @Test
    void othersAreRefusedAndMissingTermsAre404() {
        Sessions.demo("lqiao").get("/terms/" + s.termId).then().statusCode(403);
        Sessions.demo("rev1").get("/terms/" + s.termId).then().statusCode(403);
        Sessions.demo("exec").get("/terms/999999999").then().statusCode(404);
        Sessions.demo("exec").get("/terms/" + s.termId + "?asOf=nope").then().statusCode(400);
        Sessions.demo("lqiao").get("/terms/" + s.termId + "/scorecard.csv").then().statusCode(403);
    }

    @Test
    void theCsvHoldsTheSameUnroundedNumbers() {
        String csv = Sessions.demo(s.president).get("/terms/" + s.termId + "/scorecard.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", containsString("attachment; filename=\"scorecard-" + s.group))
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFlevel,"), "starts with a byte order mark for spreadsheets: " + csv);
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals("level,id,objective_id,name,weight,baseline,target,actual,attainment,status,entries,kpi_score,"
                + "coverage,review_score,spread,disagreement,ratings,assigned,submitted,composite,continuity,elapsed,"
                + "as_of", lines.get(0));
        assertEquals("term," + s.termId + ",," + s.group + " " + s.president
                + ",,,,,,ENDED,,0.972,0.8,3.6,,,,,,84.32,0.4,1,2026-06-30", lines.get(1));
        assertEquals("objective," + s.o1 + "," + s.o1 + ",Grow merchants,60,,,,,,,0.82,1,,,,,,,,,,2026-06-30",
                lines.get(2));
        assertEquals("kpi," + s.k1 + "," + s.o1 + ",SCT-MERCHANTS,70,100,200,170,0.7,OFF_TRACK,3,,,,,,,,,,,,2026-06-30",
                lines.get(3));
        assertEquals("kpi," + s.k2 + "," + s.o1 + ",SCT-LOSS,30,10,5,4.5,1.1,ON_TRACK,2,,,,,,,,,,,,2026-06-30",
                lines.get(4));
        assertTrue(lines.contains("kpi," + s.k4 + "," + s.o2 + ",SCT-AUDITS,50,0,10,,,,0,,,,,,,,,,,,2026-06-30"),
                csv);
        assertTrue(lines.contains("objective_cycle," + s.finalCycle + "," + s.o1
                + ",Final,,,,,,,,,,3,1,true,2,,,,,,2026-06-30"), csv);
        assertTrue(lines.contains("cycle," + s.finalCycle + ",,Final,,,,,,FINAL,,,,3.6,,,,3,2,,,,2026-06-30"), csv);
        assertTrue(lines.contains("objective," + s.o2 + "," + s.o2
                + ",Cut losses <b>now</b>,40,,,,,,,1.2,0.5,,,,,,,,,,2026-06-30"), csv);
    }
}
