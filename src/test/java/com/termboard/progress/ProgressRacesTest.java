package com.termboard.progress;

import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.progress.ProgressFixture.K;
import com.termboard.progress.ProgressFixture.Made;
import com.termboard.term.PlanStatus;
import com.termboard.testing.Race;
import com.termboard.testing.TestDay.Today;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The progress form sent twice at the same instant (a double click, two tabs) stores its entries once; two
 * different forms at once are both stored. The API's Idempotency-Key race is in ProgressApiTest, and the same
 * across two app instances in deploy/ReplicasIT.
 */
@QuarkusTest
@Today("2030-03-31")
class ProgressRacesTest {

    private static Response post(Supplier<RequestSpecification> as, long term, Map<String, String> hidden, long kpi,
            String value) {
        return as.get().formParams(hidden).formParam("asOf-" + kpi, "2030-03-30").formParam("value-" + kpi, value)
                .post("/terms/" + term + "/progress");
    }

    @Test
    void theSameFormPostedTwiceAtOnceStoresItsEntryOnce() throws Exception {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, SUM, null, "100", 100));
        long kpi = t.kpis().get(0);
        var tab1 = ProgressFixture.session(t.president());
        var tab2 = ProgressFixture.session(t.president());
        for (int round = 0; round < Race.ROUNDS; round++) {
            // One page, one token: what a double click or a resent request carries twice.
            Map<String, String> form = ProgressResourceTest.hidden(tab1, t.termId());
            Map<String, String> sameTokenOtherCsrf = ProgressResourceTest.hidden(tab2, t.termId());
            sameTokenOtherCsrf.put(ProgressResource.TOKEN, form.get(ProgressResource.TOKEN));
            String value = String.valueOf(10 + round);
            List<Response> answers = Race.atOnce(() -> post(tab1, t.termId(), form, kpi, value),
                    () -> post(tab2, t.termId(), sameTokenOtherCsrf, kpi, value));
            assertEquals(List.of(303, 303), Race.statuses(answers), "round " + round);
            for (Response r : answers) {
                assertEquals("/terms/" + t.termId() + "/progress", java.net.URI.create(r.header("Location")).getPath());
            }
            assertEquals(round + 1, ProgressFixture.entries(kpi), "round " + round);
        }
    }

    @Test
    void twoDifferentFormsAtOnceAreBothStored() throws Exception {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, SUM, null, "100", 50),
                new K(HIGHER_IS_BETTER, SUM, null, "50", 50));
        long first = t.kpis().get(0);
        long second = t.kpis().get(1);
        var tab1 = ProgressFixture.session(t.president());
        var tab2 = ProgressFixture.session(t.president());
        for (int round = 0; round < Race.ROUNDS; round++) {
            Map<String, String> a = ProgressResourceTest.hidden(tab1, t.termId());
            Map<String, String> b = ProgressResourceTest.hidden(tab2, t.termId());
            long other = round % 2 == 0 ? first : second;
            List<Response> answers = Race.atOnce(() -> post(tab1, t.termId(), a, first, "1"),
                    () -> post(tab2, t.termId(), b, other, "2"));
            assertEquals(List.of(303, 303), Race.statuses(answers), "round " + round);
        }
        assertEquals(Race.ROUNDS + Race.ROUNDS / 2, ProgressFixture.entries(first));
        assertEquals(Race.ROUNDS / 2, ProgressFixture.entries(second));
    }
}
