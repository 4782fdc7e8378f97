package com.termboard.progress;

import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.progress.ProgressFixture.K;
import com.termboard.progress.ProgressFixture.Made;
import com.termboard.term.PlanStatus;
import com.termboard.testing.Refused;
import com.termboard.testing.Sessions;
import com.termboard.testing.TestDay.Today;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The progress form asks before storing a value 10× or more away from the KPI's last entry (the API does not), and
 * says beside the value of a summed KPI that it is the period's amount.
 */
@QuarkusTest
@Today("2030-03-31")
class ProgressConfirmTest {

    static Made twoKpis() {
        return ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, LATEST, "100", "200", 60),
                new K(HIGHER_IS_BETTER, SUM, null, "1000", 40));
    }

    static long apiEntry(Made t, long kpi, String asOf, Object value) {
        return ((Number) Sessions.basic(t.president()).contentType("application/json")
                .body(Map.of("asOf", asOf, "value", value)).post("/api/kpis/" + kpi + "/progress")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    static RequestSpecification form(Supplier<RequestSpecification> as, Made t, long kpi, String value) {
        String html = as.get().get("/terms/" + t.termId() + "/progress").then().statusCode(200).extract().asString();
        return as.get().formParams(ProgressFixture.hidden(html)).formParam("asOf-" + kpi, "2030-03-30")
                .formParam("value-" + kpi, value);
    }

    @Test
    void aValueTenTimesTheLastEntryIsStoredOnlyOnceConfirmed() {
        Made t = twoKpis();
        long a = t.kpis().get(0);
        apiEntry(t, a, "2030-03-15", 140);
        var as = ProgressFixture.session(t.president());
        String page = "/terms/" + t.termId() + "/progress";

        // 1400 = 10 × 140: the form comes back with the value kept, the reason beside it and a box to confirm it.
        String html = form(as, t, a, "1400").filter(Refused.page()).post(page).then().statusCode(422)
                .body(containsString("1400 is 10 times or more away from the last entry of " + t.codes().get(0)
                        + ", 140 on 2030-03-15. Check it, or confirm it below."))
                .body(containsString("Some values are 10 times or more away from their KPI&#39;s last entry."))
                .body(containsString("value=\"1400\""))
                .body(containsString("<input type=\"checkbox\" name=\"confirm-" + a + "\" value=\"1400\">"))
                .body(containsString("Yes, store this value")).extract().asString();
        assertEquals(1, ProgressFixture.entries(a));

        // A box confirming another value than the one sent does not count.
        Map<String, String> hidden = ProgressFixture.hidden(html);
        as.get().formParams(hidden).formParam("asOf-" + a, "2030-03-30").formParam("value-" + a, "14000")
                .formParam("confirm-" + a, "1400").filter(Refused.page()).post(page).then().statusCode(422)
                .body(containsString("14000 is 10 times or more away"));
        assertEquals(1, ProgressFixture.entries(a));

        // Confirmed: stored, with the refused form's token.
        as.get().formParams(hidden).formParam("asOf-" + a, "2030-03-30").formParam("value-" + a, "1400")
                .formParam("confirm-" + a, "1400").post(page).then().statusCode(303);
        assertEquals(2, ProgressFixture.entries(a));
    }

    @Test
    void valuesWithinTenTimesAndFirstEntriesAreStoredWithoutAsking() {
        Made t = twoKpis();
        long a = t.kpis().get(0);
        long b = t.kpis().get(1);
        var as = ProgressFixture.session(t.president());
        String page = "/terms/" + t.termId() + "/progress";
        form(as, t, b, "5000").post(page).then().statusCode(303); // no entry before
        apiEntry(t, a, "2030-03-15", 140);
        form(as, t, a, "1399.99").post(page).then().statusCode(303); // just under 10×
        form(as, t, a, "140.01").post(page).then().statusCode(303); // a tenth of 1399.99 would be 139.999
        assertEquals(3, ProgressFixture.entries(a));
        // A tenth of the last entry or less asks too.
        form(as, t, a, "14").filter(Refused.page()).post(page).then().statusCode(422)
                .body(containsString("14 is 10 times or more away from the last entry of " + t.codes().get(0)
                        + ", 140.01 on 2030-03-30."));
        assertEquals(3, ProgressFixture.entries(a));
    }

    @Test
    void correctingATypoComparesWithTheEntryBeforeIt() {
        Made t = twoKpis();
        long a = t.kpis().get(0);
        apiEntry(t, a, "2030-03-01", 140);
        long typo = apiEntry(t, a, "2030-03-15", 14000); // the API does not ask
        var as = ProgressFixture.session(t.president());
        String html = as.get().get("/terms/" + t.termId() + "/progress?correct=" + typo).then().statusCode(200)
                .extract().asString();
        // 150 against 140 (the entry it corrects left out): nothing to confirm.
        as.get().formParams(ProgressFixture.hidden(html)).formParam("supersedes-" + a, String.valueOf(typo))
                .formParam("asOf-" + a, "2030-03-15").formParam("value-" + a, "150")
                .post("/terms/" + t.termId() + "/progress").then().statusCode(303);
        assertEquals(3, ProgressFixture.entries(a));
    }

    @Test
    void aSummedKpiSaysItsValueIsThePeriodsAmount() {
        Made t = twoKpis();
        long a = t.kpis().get(0);
        long b = t.kpis().get(1);
        String html = Sessions.basic(t.president()).get("/terms/" + t.termId() + "/progress").then().statusCode(200)
                .body(containsString("aria-describedby=\"value-" + b + "-hint\""))
                .body(containsString("<p class=\"small muted sum-hint\" id=\"value-" + b + "-hint\">The amount of this "
                        + "period only, not a running total: the KPI&#39;s actual is the sum of its entries.</p>"))
                .extract().asString();
        assertFalse(html.contains("id=\"value-" + a + "-hint\""), "a LATEST KPI has no such hint");
        assertTrue(html.indexOf("id=\"value-" + b + "-hint\"") > html.indexOf("name=\"value-" + b + "\""), html);
    }

    @Test
    void inChinese() {
        Made t = twoKpis();
        long a = t.kpis().get(0);
        long b = t.kpis().get(1);
        apiEntry(t, a, "2030-03-15", 140);
        var as = ProgressFixture.session(t.president());
        form(as, t, a, "1400").header("Accept-Language", "zh-CN").filter(Refused.page())
                .post("/terms/" + t.termId() + "/progress")
                .then().statusCode(422)
                .body(containsString("1400 与 " + t.codes().get(0) + " 上一次录入的值 140（2030年3月15日）相差 10 倍或以上。"))
                .body(containsString("确认保存此数值"))
                .body(containsString("只填本期的数额，不是累计值"))
                .body(not(containsString("Yes, store this value")));
        assertEquals(1, ProgressFixture.entries(a));
        assertEquals(0, ProgressFixture.entries(b));
    }
}
