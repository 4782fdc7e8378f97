package com.termboard.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.scorecard.Scenario;
import com.termboard.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report pages and their CSV downloads, on the {@link Scenario} (numbers in ScorecardApiTest). */
@QuarkusTest
class ReportResourceTest {

    static Scenario s;

    @BeforeAll
    static void build() {
        s = Scenario.build();
    }

    @Test
    void groupHistoryPageHasAChartWithItsNumbersInATable() {
        Sessions.demo("exec").get("/reports/groups/" + s.group).then().statusCode(200)
                .body(containsString("<svg class=\"chart\" role=\"img\""))
                .body(containsString("<title>Scores of the " + s.group + " terms, oldest first</title>"))
                .body(containsString("Score (%)"))
                .body(containsString("84.3"))
                .body(containsString("97.2%"))
                .body(containsString("40.0%"))
                .body(containsString("SCT-MERCHANTS"));
    }

    @Test
    void comparePageAcceptsTheCheckboxFormAndShowsDeltas() {
        Sessions.demo("exec").get("/reports/compare?terms=" + s.previousTermId + "&terms=" + s.termId).then()
                .statusCode(200).body(containsString("Compare 2 terms")).body(containsString("97.2%"))
                .body(containsString("SCT-LOSS")).body(containsString("not measured"));
    }

    @Test
    void aRefusedComparisonShowsThePickerAgainWithTheMessageAndTheChoiceKept() {
        String html = Sessions.demo("exec").get("/reports/compare?terms=" + s.termId).then().statusCode(422)
                .contentType("text/html;charset=UTF-8")
                .body(containsString("<nav class=\"nav\""))
                .body(containsString("<p class=\"field-error\" id=\"terms-error\" role=\"alert\">"
                        + "Choose 2 to 6 terms; 1 given.</p>"))
                .body(containsString("value=\"" + s.termId + "\" checked>"))
                .extract().asString();
        assertTrue(!html.contains("value=\"" + s.previousTermId + "\" checked>"), "only the ticked term is kept");
        Sessions.demo("exec").get("/reports/compare?terms=x,y").then().statusCode(422)
                .body(containsString("“x” is not a term id."));
        Sessions.demo("exec").get("/reports/compare?terms=" + s.termId + "&terms=" + s.previousTermId + "&ref=7x")
                .then().statusCode(422)
                .body(containsString("id=\"compare-ref-error\" role=\"alert\">Term 7x is not among the compared"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"compare-ref-error\""))
                .body(containsString("value=\"" + s.previousTermId + "\" checked>"));
        Sessions.demo("exec").header("Accept-Language", "zh-CN").get("/reports/compare?terms=" + s.termId).then()
                .statusCode(422).body(containsString("差值基准"));
    }

    @Test
    void theReferenceTermIsChosenOnThePageAndNamedInTheCsv() {
        String terms = s.previousTermId + "," + s.termId;
        Sessions.demo("exec").get("/reports/compare?terms=" + terms + "&ref=" + s.termId).then().statusCode(200)
                .body(containsString("<option value=\"" + s.termId + "\" selected>"))
                .body(containsString("minus that of the reference term, " + s.group + " 2026 H1"))
                .body(containsString("compare.csv?terms=" + terms + "&amp;ref=" + s.termId));
        Sessions.demo("exec").get("/reports/compare?terms=" + terms).then().statusCode(200)
                .body(containsString("<option value=\"" + s.previousTermId + "\" selected>"));
        String csv = Sessions.demo("exec").get("/reports/compare.csv?terms=" + terms + "&ref=" + s.termId).then()
                .statusCode(200).extract().asString();
        assertTrue(csv.lines().toList().get(1).startsWith("reference," + s.termId + "," + s.group + ",2026 H1,"), csv);
        assertTrue(csv.contains("term," + s.termId + "," + s.group + ",2026 H1," + s.president
                + ",,,,,,0.972,0.8,3.6,84.32,0.4,0,0,0,"), csv);
    }

    @Test
    void theIndexNamesPresidentsAndPrintedPagesCarryTheirTime() {
        Sessions.demo("exec").get("/reports").then().statusCode(200)
                .body(containsString("<a href=\"/reports/presidents/" + s.president + "\">Test " + s.president
                        + "</a>"))
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*<p class=\"printed-at\" id=\"printed-at\">"
                        + "Generated 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(UTC\\+08:00\\)</p>.*"));
        Sessions.demo("exec").header("Accept-Language", "zh-CN").get("/reports/groups/" + s.group).then()
                .statusCode(200).body(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"printed-at\">生成于 "
                        + "20\\d\\d年\\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d \\(UTC\\+08:00\\)</p>.*"));
    }

    @Test
    void indexPresidentAndReviewerPagesRender() {
        Sessions.demo("admin").get("/reports").then().statusCode(200).body(containsString("Compare terms"))
                .body(containsString("value=\"" + s.termId + "\""));
        Sessions.demo("exec").get("/reports/presidents/" + s.president).then().statusCode(200)
                .body(containsString("Test " + s.president))
                .body(containsString("<figure class=\"chart-figure\"><svg class=\"chart\" role=\"img\""));
        Sessions.demo("exec").get("/reports/reviewers").then().statusCode(200)
                .body(containsString(s.reviewers[0])).body(containsString("+0.50"))
                .body(containsString("66.7%"));
    }

    @Test
    void reportPagesAreRefusedToPresidentsAndReviewers() {
        Sessions.demo("lqiao").get("/reports/reviewers").then().statusCode(403);
        Sessions.demo("rev1").get("/reports/groups/DPBG").then().statusCode(403);
        Sessions.demo("lqiao").get("/reports/groups/DPBG.csv").then().statusCode(403);
        Sessions.demo("lqiao").get("/").then().statusCode(200).body(not(containsString("href=\"/reports\"")));
        Sessions.demo("exec").get("/").then().statusCode(200).body(containsString("href=\"/reports\""));
    }

    @Test
    void groupCsvHasOneTermRowPerTermAndOneRowPerMetricAndTerm() {
        String csv = Sessions.demo("exec").get("/reports/groups/" + s.group + ".csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"group-" + s.group + ".csv\"")
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFrow,"), "starts with a byte order mark for spreadsheets: " + csv);
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals("row,term_id,group,label,president,metric,kpi_id,actual,attainment,status,kpi_score,coverage,"
                + "review_score,composite,continuity,delta_kpi_score,delta_review_score,delta_composite,"
                + "delta_attainment", lines.get(0));
        assertEquals("term," + s.termId + "," + s.group + ",2026 H1," + s.president
                + ",,,,,,0.972,0.8,3.6,84.32,0.4,,,,", lines.get(2));
        assertTrue(lines.contains("metric," + s.termId + "," + s.group + ",2026 H1," + s.president + ",SCT-MERCHANTS,"
                + s.k1 + ",170,0.7,OFF_TRACK,,,,,,,,,"), csv);
        assertEquals(2 + 4 + 1, lines.size(), "two term rows and four metric rows: " + csv);
    }

    @Test
    void compareReviewersAndPresidentCsv() {
        String compare = Sessions.demo("exec").get("/reports/compare.csv?terms=" + s.termId + "," + s.previousTermId)
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").extract().asString();
        assertTrue(compare.contains("term," + s.termId + "," + s.group + ",2026 H1," + s.president
                + ",,,,,,0.972,0.8,3.6,84.32,0.4,0,0,0,"), compare);
        String reviewers = Sessions.demo("exec").get("/reports/reviewers.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asString();
        assertTrue(reviewers.contains("reviewer,,,,,,,,,,,," + s.reviewers[0] + ",4,0.5"), reviewers);
        assertTrue(reviewers.contains("cycle," + s.finalCycle + "," + s.termId + "," + s.group
                + ",2026 H1,Final,true,2026-06-20,2026-07-10,3,2,0.6666666666666667,,,"), reviewers);
        String president = Sessions.demo("exec").get("/reports/presidents/" + s.president + ".csv").then()
                .statusCode(200).extract().asString();
        for (String csv : new String[] {compare, reviewers, president}) {
            assertTrue(csv.startsWith("\uFEFF") && !csv.startsWith("\uFEFF\uFEFF"), "one byte order mark: " + csv);
        }
        assertTrue(president.contains(s.termId + "," + s.group + ",2026 H1," + s.president
                + ",2026-01-01,2026-06-30,ENDED,APPROVED,0.972,0.8,3.6,84.32,0.4,1,5,4,0.8"), president);
    }
}
