package com.termboard.progress;

import static com.termboard.metric.Aggregation.AVERAGE;
import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.metric.Direction.LOWER_IS_BETTER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.progress.ProgressFixture.K;
import com.termboard.progress.ProgressFixture.Made;
import com.termboard.term.PlanStatus;
import com.termboard.testing.CsvText;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.TestDay.Today;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@code /terms/{id}/progress}: the form for all KPIs, double submits, the CSV import, refusals; the desk on {@code /}. */
@QuarkusTest
@Today("2030-03-31")
class ProgressResourceTest {

    static final LocalDate TODAY = LocalDate.of(2030, 3, 31);

    @Inject
    MutableClock clock;

    static Made threeKpis() {
        return ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 50),
                new K(HIGHER_IS_BETTER, SUM, null, "1000", 30), new K(LOWER_IS_BETTER, AVERAGE, "10", "6", 20));
    }

    static Map<String, String> hidden(Supplier<RequestSpecification> as, long termId) {
        // 422 or 409 while the page shows a refused form again
        String html = as.get().get("/terms/" + termId + "/progress").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 409, 422)).extract().asString();
        return ProgressFixture.hidden(html);
    }

    @Test
    void thePageShowsEveryKpiWithItsNumbersAndTheForm() {
        Made t = threeKpis();
        Sessions.basic(t.president()).get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString(t.codes().get(0))).body(containsString(t.codes().get(2)))
                .body(containsString("name=\"value-" + t.kpis().get(1) + "\""))
                .body(containsString("No data")).body(containsString("Import a CSV file"));
        // An executive reads it without a form.
        Sessions.basic("exec").get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString(t.codes().get(0))).body(not(containsString("name=\"value-")))
                .body(containsString("Only the president of this term or an admin enters progress"));
        Sessions.basic("lqiao").get("/terms/" + t.termId() + "/progress").then().statusCode(403);
        Sessions.basic("exec").get("/terms/999999999/progress").then().statusCode(404);
    }

    @Test
    void theDemoPresidentSeesTheActiveTermWithItsCorrectedHistory() {
        clock.reset(); // the demo data is laid out around the real today
        io.restassured.path.json.JsonPath terms = Sessions.basic("exec").get("/api/groups/DPBG/terms").then()
                .statusCode(200).extract().jsonPath();
        int id = terms.getInt("find { it.status == 'ACTIVE' }.id");
        String president = terms.getString("find { it.status == 'ACTIVE' }.president");
        Sessions.basic(president).get("/terms/" + id + "/progress").then().statusCode(200)
                .body(containsString("class=\"superseded\"")).body(containsString("superseded by #"))
                .body(containsString("Save entries"));
        ProgressFixture.session(president).get().get("/").then().statusCode(200)
                .body(containsString("days left")).body(containsString("href=\"/terms/" + id + "/progress\""));
    }

    @Test
    void savingSeveralKpisAtOnceRedirectsAndASecondPressStoresNothing() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        Map<String, String> hidden = hidden(as, t.termId());
        RequestSpecification form = as.get().formParams(hidden)
                .formParam("asOf-" + t.kpis().get(0), "2030-03-30").formParam("value-" + t.kpis().get(0), "150")
                .formParam("confidence-" + t.kpis().get(0), "4").formParam("comment-" + t.kpis().get(0), "Good month")
                .formParam("asOf-" + t.kpis().get(1), "2030-03-30").formParam("value-" + t.kpis().get(1), "300")
                .formParam("asOf-" + t.kpis().get(2), "2030-03-30").formParam("value-" + t.kpis().get(2), "");
        form.post("/terms/" + t.termId() + "/progress").then().statusCode(303)
                .header("Location", containsString("/terms/" + t.termId() + "/progress"));
        assertEquals(1, ProgressFixture.entries(t.kpis().get(0)));
        assertEquals(1, ProgressFixture.entries(t.kpis().get(1)));
        assertEquals(0, ProgressFixture.entries(t.kpis().get(2)));
        // The browser sends the same form again (double click, reload of the POST): same answer, nothing new.
        as.get().formParams(hidden)
                .formParam("asOf-" + t.kpis().get(0), "2030-03-30").formParam("value-" + t.kpis().get(0), "150")
                .formParam("confidence-" + t.kpis().get(0), "4").formParam("comment-" + t.kpis().get(0), "Good month")
                .formParam("asOf-" + t.kpis().get(1), "2030-03-30").formParam("value-" + t.kpis().get(1), "300")
                .post("/terms/" + t.termId() + "/progress").then().statusCode(303)
                .header("Location", containsString("/terms/" + t.termId() + "/progress"));
        assertEquals(1, ProgressFixture.entries(t.kpis().get(0)));
        assertEquals(1, ProgressFixture.entries(t.kpis().get(1)));
        // The page now shows the entry and who made it: 150 → (150 − 100) / 100 = 50.0%.
        as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString("50.0%")).body(containsString("Good month")).body(containsString(t.president()));
    }

    @Test
    void anInvalidFormComesBackWith422AndNothingIsStored() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        Map<String, String> hidden = hidden(as, t.termId());
        long a = t.kpis().get(0);
        long b = t.kpis().get(1);
        long c = t.kpis().get(2);
        String html = as.get().formParams(hidden)
                .formParam("asOf-" + a, "2030-03-30").formParam("value-" + a, "150")
                .formParam("asOf-" + b, "2030-03-30").formParam("value-" + b, "twelve")
                .formParam("asOf-" + c, "2031-01-01").formParam("value-" + c, "8")
                .filter(Refused.page()).post("/terms/" + t.termId() + "/progress").then().statusCode(422)
                .body(containsString("Not a number")).body(containsString("Must be inside the term"))
                // b sums its entries: its value field is described by the error and by the hint.
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"value-" + b + "-error value-" + b
                        + "-hint\""))
                .body(containsString("value=\"twelve\"")).extract().asString();
        assertTrue(html.contains("id=\"value-" + b + "-error\""), html);
        assertTrue(html.contains("aria-describedby=\"asOf-" + c + "-error\""), html);
        assertTrue(html.contains("value=\"2031-01-01\""), html);
        assertEquals(0, ProgressFixture.entries(a));
        // Nothing entered at all.
        as.get().formParams(hidden)
                .filter(Refused.page()).post("/terms/" + t.termId() + "/progress").then().statusCode(422)
                .body(containsString("Enter a value for at least one KPI"));
    }

    @Test
    void refusalsSayWhy() {
        Made draft = ProgressFixture.term(PlanStatus.DRAFT, new K(HIGHER_IS_BETTER, SUM, null, "10", 100));
        var as = ProgressFixture.session(draft.president());
        as.get().get("/terms/" + draft.termId() + "/progress").then().statusCode(200)
                .body(containsString("once the plan is approved")).body(not(containsString("name=\"value-")));
        as.get().formParams(hidden(as, draft.termId())).formParam("asOf-" + draft.kpis().get(0), "2030-03-01")
                .formParam("value-" + draft.kpis().get(0), "1")
                .filter(Refused.page()).post("/terms/" + draft.termId() + "/progress").then().statusCode(409)
                .body(containsString("once the plan is approved"));
        // Another president's term: 403, even with a valid form of one's own.
        Made mine = threeKpis();
        var other = ProgressFixture.session(mine.president());
        other.get().formParams(hidden(other, mine.termId())).formParam("asOf-" + draft.kpis().get(0), "2030-03-01")
                .formParam("value-" + draft.kpis().get(0), "1")
                .post("/terms/" + draft.termId() + "/progress").then().statusCode(403);
        assertEquals(0, ProgressFixture.entries(draft.kpis().get(0)));
    }

    @Test
    void aCorrectionFromTheHistoryStrikesTheOldEntryThrough() {
        Made t = threeKpis();
        long a = t.kpis().get(0);
        int old = Sessions.basic(t.president()).contentType("application/json")
                .body(Map.of("asOf", "2030-03-15", "value", 140)).post("/api/kpis/" + a + "/progress")
                .then().statusCode(201).extract().path("id");
        var as = ProgressFixture.session(t.president());
        String html = as.get().get("/terms/" + t.termId() + "/progress?correct=" + old).then().statusCode(200)
                .body(containsString("Corrects the entry of 2030-03-15 (140)"))
                .body(containsString("name=\"supersedes-" + a + "\" value=\"" + old + "\"")).extract().asString();
        as.get().formParams(ProgressFixture.hidden(html)).formParam("supersedes-" + a, String.valueOf(old))
                .formParam("asOf-" + a, "2030-03-15").formParam("value-" + a, "160")
                .post("/terms/" + t.termId() + "/progress").then().statusCode(303);
        as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString("<tr id=\"entry-" + old + "\" class=\"superseded\">"))
                .body(containsString("<del>140</del>")).body(containsString("60.0%"));
        assertEquals(2, ProgressFixture.entries(a));
    }

    @Test
    void theHistoryShowsWhenAnEntryWasMadeInTheConfiguredZoneToTheMinute() {
        Made t = threeKpis();
        long a = t.kpis().get(0);
        Sessions.basic(t.president()).contentType("application/json")
                .body(Map.of("asOf", "2030-03-15", "value", 140)).post("/api/kpis/" + a + "/progress")
                .then().statusCode(201);
        // the clock stands at noon in Asia/Shanghai (termboard.time-zone), i.e. 04:00 UTC
        ProgressFixture.session(t.president()).get().get("/terms/" + t.termId() + "/progress").then()
                .statusCode(200).body(containsString("<td>2030-03-31 12:00 (UTC+08:00)</td>"))
                .body(not(containsString("2030-03-31T04:00"))).body(not(containsString("2030-03-31T12:00")));
    }

    @Test
    void aCsvImportStoresEveryRow() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        String csv = "metric,asOf,value,comment\n"
                + t.codes().get(0) + ",2030-02-28,130,\"Counted, then checked\"\n"
                + t.codes().get(0) + ",2030-03-28,150,\n"
                + t.codes().get(1).toLowerCase() + ",2030-03-28,400,Quarter\n";
        as.get().multiPart("csrf-token", hidden(as, t.termId()).get("csrf-token"))
                .multiPart("file", "progress.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/terms/" + t.termId() + "/progress/import").then().statusCode(303)
                .header("Location", containsString("/terms/" + t.termId() + "/progress"));
        assertEquals(2, ProgressFixture.entries(t.kpis().get(0)));
        assertEquals(1, ProgressFixture.entries(t.kpis().get(1)));
        as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString("Counted, then checked"));
    }

    @Test
    void theDownloadedTemplateFilledInImports() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString("href=\"/terms/" + t.termId() + "/progress/template.csv\""))
                .body(containsString("confidence (optional, a whole number from 1 to 5)"));
        String template = as.get().get("/terms/" + t.termId() + "/progress/template.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = CsvText.of(template).split("\r?\n");
        assertEquals("metric,asOf,value,comment,confidence", lines[0]);
        assertEquals(4, lines.length, template);
        // Fill the first two rows (value, comment, confidence), leave the third blank as downloaded.
        String filled = lines[0] + "\n" + lines[1].replaceFirst(",,,$", ",150,From the template,4") + "\n"
                + lines[2].replaceFirst(",,,$", ",400,,") + "\n" + lines[3] + "\n";
        assertTrue(filled.startsWith("metric,asOf,value,comment,confidence\n" + t.codes().get(0) + ","), filled);
        as.get().multiPart("csrf-token", hidden(as, t.termId()).get("csrf-token"))
                .multiPart("file", "progress.csv", ("\uFEFF" + filled).getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/terms/" + t.termId() + "/progress/import").then().statusCode(303);
        assertEquals(1, ProgressFixture.entries(t.kpis().get(0)));
        assertEquals(1, ProgressFixture.entries(t.kpis().get(1)));
        assertEquals(0, ProgressFixture.entries(t.kpis().get(2)));
        as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString("From the template"));
        // Who may not import may not download the template either.
        Sessions.basic("exec").get("/terms/" + t.termId() + "/progress/template.csv").then().statusCode(403);
        Sessions.basic("lqiao").get("/terms/" + t.termId() + "/progress/template.csv").then().statusCode(403);
    }

    @Test
    void aCsvConfidenceOutsideOneToFiveIsRefusedByLine() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        String csv = "metric,asOf,value,comment,confidence\n" + t.codes().get(0) + ",2030-02-28,130,,9\n"
                + t.codes().get(1) + ",2030-02-28,130,,high\n";
        String html = as.get().multiPart("csrf-token", hidden(as, t.termId()).get("csrf-token"))
                .multiPart("file", "progress.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .filter(Refused.page()).post("/terms/" + t.termId() + "/progress/import").then().statusCode(422)
                .extract().asString();
        assertTrue(html.contains("Line 2 (" + t.codes().get(0) + "), confidence: Must be between 1 and 5")
                && html.contains("Line 3 (" + t.codes().get(1) + "), confidence"), html);
        assertEquals(0, ProgressFixture.entries(t.kpis().get(0)));
    }

    @Test
    void aCsvWithABadRowInTheMiddleStoresNothingAndNamesTheRow() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        String csv = "metric,asOf,value,comment\n"
                + t.codes().get(0) + ",2030-02-28,130,fine\n"
                + t.codes().get(1) + ",2030-02-30,abc,bad date and value\n"
                + "NOPE,2030-03-01,5,unknown metric\n"
                + t.codes().get(2) + ",2030-07-01,8,after the term\n"
                + t.codes().get(2) + ",2030-03-01,8,fine too\n";
        String html = as.get().multiPart("csrf-token", hidden(as, t.termId()).get("csrf-token"))
                .multiPart("file", "progress.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .filter(Refused.page()).post("/terms/" + t.termId() + "/progress/import").then().statusCode(422)
                .body(containsString("Nothing was imported"))
                .extract().asString();
        String second = "Line 3 (" + t.codes().get(1) + ")";
        assertTrue(html.contains(second + ", asOf: Not a date") && html.contains(second + ", value: Not a number"),
                html);
        assertTrue(html.contains("Line 4 (NOPE), metric: No KPI of this term measures NOPE"), html);
        assertTrue(html.contains("Line 5 (" + t.codes().get(2) + "), asOf: Must be inside the term"), html);
        assertTrue(!html.contains("Line 2 ") && !html.contains("Line 6 "), html);
        for (long kpi : t.kpis()) {
            assertEquals(0, ProgressFixture.entries(kpi));
        }
        as.get().multiPart("csrf-token", hidden(as, t.termId()).get("csrf-token"))
                .multiPart("file", "x.csv", "name,when\nA,B\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .filter(Refused.page()).post("/terms/" + t.termId() + "/progress/import").then().statusCode(422)
                .body(containsString("The header must be metric,asOf,value,comment"));
    }

    @Test
    void thePresidentsDeskListsTheKpisThatNeedThem() {
        Made t = threeKpis();
        long a = t.kpis().get(0);
        long b = t.kpis().get(1);
        long c = t.kpis().get(2);
        // a: 140 → 0.4 off track; b: 450/1000 = 0.45 at risk, last entry 2030-02-01 (stale); c: 8 → 0.5 on track.
        for (Object[] e : new Object[][] {{a, "2030-03-20", 140}, {b, "2030-02-01", 450}, {c, "2030-03-20", 8}}) {
            Sessions.basic(t.president()).contentType("application/json").body(Map.of("asOf", e[1], "value", e[2]))
                    .post("/api/kpis/" + e[0] + "/progress").then().statusCode(201);
        }
        String html = ProgressFixture.session(t.president()).get().get("/").then().statusCode(200)
                .body(containsString("91 days left")) // 2030-03-31 → 2030-06-30
                .body(containsString("href=\"/terms/" + t.termId() + "/progress\""))
                .extract().asString();
        int off = html.indexOf("Off track");
        int risk = html.indexOf("At risk");
        int on = html.indexOf("On track");
        assertTrue(off > 0 && off < risk && risk < on, html);
        String stale = html.substring(html.indexOf("id=\"stale\""));
        assertTrue(stale.contains(t.codes().get(1)) && stale.contains("2030-02-01"), stale);
        assertTrue(!stale.substring(0, stale.indexOf("</ul>")).contains(t.codes().get(0) + "<"), stale);
        String staleList = stale.substring(0, stale.indexOf("</ul>"));
        assertTrue(!staleList.contains(t.codes().get(2) + "<"), staleList);
        assertTrue(html.contains("Your terms"), html);
    }

    @Test
    void theErrorSummaryNamesTheKpiAndLinksToItsField() {
        Made t = threeKpis();
        var as = ProgressFixture.session(t.president());
        long b = t.kpis().get(1);
        String html = as.get().formParams(hidden(as, t.termId()))
                .formParam("asOf-" + b, "2030-03-30").formParam("value-" + b, "twelve")
                .filter(Refused.page()).post("/terms/" + t.termId() + "/progress").then().statusCode(422)
                .body(containsString("<a href=\"#value-" + b + "\">Metric 1 HIGHER_IS_BETTER SUM: Not a number;"))
                .body(containsString("id=\"error-summary\" role=\"alert\" tabindex=\"-1\""))
                .body(not(containsString("value-" + b + ": "))).extract().asString();
        assertTrue(html.contains("value=\"twelve\""), html);
        // The language switch and a reload keep the input; the page answers the refusal's status again.
        as.get().get("/lang/zh-CN?back=/terms/" + t.termId() + "/progress").then().statusCode(303);
        as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(422)
                .body(containsString("value=\"twelve\"")).body(containsString("href=\"#value-" + b + "\""));
    }
}
