package com.termboard.progress;

import static com.termboard.metric.Aggregation.AVERAGE;
import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.metric.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.progress.ProgressFixture.K;
import com.termboard.progress.ProgressFixture.Made;
import com.termboard.read.ReadModel;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.PaceStatus;
import com.termboard.scoring.TermScore;
import com.termboard.term.PlanStatus;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import com.termboard.testing.TestDay.Today;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Entries sent through the API give the actual, attainment and pace of SPEC.md "Scoring" for every aggregation and
 * direction, with and without a baseline; the expected numbers are worked out by hand in the comments.
 */
@QuarkusTest
@Today("2030-03-31")
class ProgressNumbersTest {

    /** Day 90 of the 181-day term 2030-01-01..2030-06-30: f = 90/181 = 0.4972, 0.85 f = 0.4227. */
    static final LocalDate TODAY = LocalDate.of(2030, 3, 31);

    @Inject
    MutableClock clock;

    @Inject
    ReadModel reads;

    static int enter(String who, long kpi, String asOf, String value, Integer supersedes) {
        Map<String, Object> body = new HashMap<>();
        body.put("asOf", asOf);
        body.put("value", new BigDecimal(value));
        body.put("supersedes", supersedes);
        return Sessions.basic(who).contentType("application/json").body(body)
                .post("/api/kpis/" + kpi + "/progress").then().statusCode(201).extract().path("id");
    }

    @Test
    void actualAttainmentAndPaceForEveryAggregationAndDirection() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED,
                new K(HIGHER_IS_BETTER, LATEST, "100", "200", 20),   // 0
                new K(HIGHER_IS_BETTER, SUM, null, "1000", 20),      // 1
                new K(LOWER_IS_BETTER, AVERAGE, "10", "6", 20),      // 2
                new K(LOWER_IS_BETTER, LATEST, null, "3", 10),       // 3
                new K(LOWER_IS_BETTER, SUM, "10", "4", 10),          // 4
                new K(HIGHER_IS_BETTER, AVERAGE, null, "50", 10),    // 5
                new K(HIGHER_IS_BETTER, LATEST, null, "10", 5),      // 6
                new K(HIGHER_IS_BETTER, LATEST, "100", "200", 5));   // 7
        String p = t.president();
        List<Long> k = t.kpis();
        // 0: LATEST takes the latest as-of date, not the last entered: 140 → (140 − 100) / (200 − 100) = 0.4.
        enter(p, k.get(0), "2030-01-31", "120", null);
        int march = enter(p, k.get(0), "2030-03-15", "140", null);
        enter(p, k.get(0), "2030-02-28", "150", null);
        // 1: SUM 100 + 150 + 200 = 450, no baseline → 450 / 1000 = 0.45.
        enter(p, k.get(1), "2030-01-31", "100", null);
        enter(p, k.get(1), "2030-02-28", "150", null);
        enter(p, k.get(1), "2030-03-31", "200", null);
        // 2: AVERAGE (9 + 8 + 7) / 3 = 8, lower is better → (10 − 8) / (10 − 6) = 0.5.
        enter(p, k.get(2), "2030-01-31", "9", null);
        enter(p, k.get(2), "2030-02-28", "8", null);
        enter(p, k.get(2), "2030-03-31", "7", null);
        // 3: LATEST 4, lower is better, no baseline → 3 / 4 = 0.75.
        enter(p, k.get(3), "2030-03-01", "4", null);
        // 4: SUM 3 + 2 = 5, lower is better → (10 − 5) / (10 − 4) = 5/6.
        enter(p, k.get(4), "2030-01-31", "3", null);
        enter(p, k.get(4), "2030-02-28", "2", null);
        // 5: AVERAGE (40 + 45 + 20) / 3 = 35, no baseline → 35 / 50 = 0.7.
        enter(p, k.get(5), "2030-01-31", "40", null);
        enter(p, k.get(5), "2030-02-28", "45", null);
        enter(p, k.get(5), "2030-03-31", "20", null);
        // 6: 20 / 10 = 2, capped at 1.5.
        enter(p, k.get(6), "2030-03-01", "20", null);
        // 7: (50 − 100) / 100 = −0.5, clamped to 0.
        enter(p, k.get(7), "2030-03-01", "50", null);

        Map<Long, KpiScore> s = scores(t.termId());
        check(s.get(k.get(0)), "140", "0.4", PaceStatus.OFF_TRACK);        // 0.4 < 0.4227
        check(s.get(k.get(1)), "450", "0.45", PaceStatus.AT_RISK);         // 0.4227 ≤ 0.45 < 0.4972
        check(s.get(k.get(2)), "8", "0.5", PaceStatus.ON_TRACK);           // 0.5 ≥ 0.4972
        check(s.get(k.get(3)), "4", "0.75", PaceStatus.ON_TRACK);
        check(s.get(k.get(4)), "5", new BigDecimal(5).divide(new BigDecimal(6), MathContext.DECIMAL64).toString(),
                PaceStatus.ON_TRACK);
        check(s.get(k.get(5)), "35", "0.7", PaceStatus.ON_TRACK);
        check(s.get(k.get(6)), "20", "1.5", PaceStatus.ON_TRACK);
        check(s.get(k.get(7)), "50", "0", PaceStatus.OFF_TRACK);

        // A correction replaces the March figure: 160 → (160 − 100) / 100 = 0.6, now on track.
        enter(p, k.get(0), "2030-03-15", "160", march);
        check(scores(t.termId()).get(k.get(0)), "160", "0.6", PaceStatus.ON_TRACK);

        // The progress page shows the same numbers, rounded for display, with the status in words.
        String page = Sessions.basic(p).get("/terms/" + t.termId() + "/progress").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("60.0%") && page.contains("45.0%") && page.contains("83.3%")
                && page.contains("150.0%"), page);
        assertTrue(page.contains("Off track") && page.contains("At risk") && page.contains("On track"), page);
    }

    @Test
    void aKpiWithoutEntriesHasNoData() {
        Made t = ProgressFixture.term(PlanStatus.APPROVED, new K(HIGHER_IS_BETTER, SUM, null, "10", 100));
        KpiScore s = scores(t.termId()).get(t.kpis().get(0));
        assertNull(s.actual());
        assertNull(s.attainment());
        assertNull(s.status());
        // An entry dated after the reference day does not count yet.
        enter(t.president(), t.kpis().get(0), "2030-03-31", "5", null);
        clock.setToday(LocalDate.of(2030, 3, 30));
        assertNull(scores(t.termId()).get(t.kpis().get(0)).actual());
    }

    private Map<Long, KpiScore> scores(long termId) {
        TermScore score = reads.score(termId, clock.instant().atZone(clock.getZone()).toLocalDate()).orElseThrow();
        Map<Long, KpiScore> byId = new HashMap<>();
        score.objectives().forEach(o -> o.kpis().forEach(x -> byId.put(x.kpiId(), x)));
        return byId;
    }

    private static void check(KpiScore s, String actual, String attainment, PaceStatus status) {
        assertEquals(0, new BigDecimal(actual).compareTo(s.actual()), "actual " + s);
        assertEquals(0, new BigDecimal(attainment).compareTo(s.attainment()), "attainment " + s);
        assertEquals(status, s.status(), "status " + s);
    }
}
