package com.termboard.scoring;

import static com.termboard.metric.Aggregation.AVERAGE;
import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.metric.Direction.LOWER_IS_BETTER;
import static com.termboard.scoring.Fixtures.assertApprox;
import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.date;
import static com.termboard.scoring.Fixtures.entry;
import static com.termboard.scoring.Fixtures.kpi;
import static com.termboard.scoring.Fixtures.noon;
import static com.termboard.scoring.Fixtures.objective;
import static com.termboard.scoring.Fixtures.rating;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One term scored end to end, every number checked by hand: live on 2025-09-30, then after its end. */
class TermScenarioTest {

    private final Scoring scoring = new Scoring(ScoringSettings.defaults());

    private static TermInput term(SubmittedRating... finalRatings) {
        ObjectiveInput merchants = objective(31, 40, 21L,
                kpi(90, HIGHER_IS_BETTER, LATEST, "100", "150", 60,
                        entry(901, "2025-07-31", "110"),
                        entry(902, "2025-08-31", "120", noon("2025-09-01"), null),
                        entry(903, "2025-08-31", "125", noon("2025-09-02"), null),
                        entry(904, "2025-09-15", "130", noon("2025-09-16"), null),
                        entry(905, "2025-09-15", "128", noon("2025-09-17"), 904L),
                        entry(906, "2025-10-31", "160")),
                kpi(91, LOWER_IS_BETTER, AVERAGE, "10", "5", 40,
                        entry(911, "2025-07-31", "9"), entry(912, "2025-08-31", "8"), entry(913, "2025-09-30", "7")));
        ObjectiveInput advertising = objective(32, 35, null,
                kpi(92, HIGHER_IS_BETTER, SUM, null, "120", 50,
                        entry(921, "2025-07-31", "18"), entry(922, "2025-08-31", "18"), entry(923, "2025-09-30", "18")),
                kpi(93, LOWER_IS_BETTER, LATEST, null, "2", 50, entry(931, "2025-10-05", "2.5")));
        ObjectiveInput launches = objective(33, 25, 22L,
                kpi(94, HIGHER_IS_BETTER, SUM, null, "4", 100,
                        entry(941, "2025-08-01", "3"), entry(942, "2025-09-01", "4")));
        CycleInput month2 = new CycleInput(12, "Month 2", false, date("2025-08-25"), date("2025-09-05"), 3, 2, List.of(
                rating(12, 1, 31, 3), rating(12, 1, 32, 4), rating(12, 1, 33, 5),
                rating(12, 2, 31, 3), rating(12, 2, 32, 2), rating(12, 2, 33, 4)));
        CycleInput midTerm = new CycleInput(13, "Mid-term", false, date("2025-09-25"), date("2025-10-05"), 3, 3,
                List.of(
                        rating(13, 1, 31, 4), rating(13, 1, 32, 3), rating(13, 1, 33, 4),
                        rating(13, 2, 31, 3), rating(13, 2, 32, 3), rating(13, 2, 33, 4),
                        rating(13, 3, 31, 2), rating(13, 3, 32, 3), rating(13, 3, 33, 4)));
        CycleInput fin = new CycleInput(14, "Final", true, date("2026-01-02"), date("2026-01-20"), 4,
                finalRatings.length == 0 ? 0 : 1, List.of(finalRatings));
        return new TermInput(7, date("2025-07-01"), date("2025-12-31"), List.of(merchants, advertising, launches),
                List.of(month2, midTerm, fin));
    }

    @Test
    void activeTermOnItsMiddleDay() {
        TermScore score = scoring.score(term(), date("2025-09-30"));

        assertEquals(7, score.termId());
        assertEquals(date("2025-09-30"), score.referenceDate());
        // Jul 1..Sep 30 = 92 of 184 days
        assertNum("0.5", score.elapsed());

        ObjectiveScore merchants = score.objectives().get(0);
        KpiScore k90 = merchants.kpis().get(0);
        // 906 is after ref, 904 superseded by 905: 901, 902, 903, 905 count; latest Sep 15 → 128
        assertEquals(4, k90.entries());
        assertNum("128", k90.actual());
        // (128 − 100) / (150 − 100) = 0.56 ≥ f 0.5
        assertNum("0.56", k90.attainment());
        assertEquals(PaceStatus.ON_TRACK, k90.status());
        KpiScore k91 = merchants.kpis().get(1);
        // (9 + 8 + 7) / 3 = 8; (10 − 8) / (10 − 5) = 0.4 < 0.85 × 0.5 = 0.425
        assertEquals(3, k91.entries());
        assertNum("8", k91.actual());
        assertNum("0.4", k91.attainment());
        assertEquals(PaceStatus.OFF_TRACK, k91.status());
        // (0.56 × 60 + 0.4 × 40) / 100 = 0.496
        assertNum("0.496", merchants.kpiScore());
        assertNum("1", merchants.coverage());

        ObjectiveScore advertising = score.objectives().get(1);
        KpiScore k92 = advertising.kpis().get(0);
        // 18 × 3 = 54; 54 / 120 = 0.45, between 0.425 and 0.5
        assertNum("54", k92.actual());
        assertNum("0.45", k92.attainment());
        assertEquals(PaceStatus.AT_RISK, k92.status());
        KpiScore k93 = advertising.kpis().get(1);
        // its only entry is dated Oct 5, after ref: no data
        assertEquals(0, k93.entries());
        assertNull(k93.actual());
        assertNull(k93.attainment());
        assertNull(k93.status());
        // only K92 counts: 0.45; coverage 50 / 100
        assertNum("0.45", advertising.kpiScore());
        assertNum("0.5", advertising.coverage());

        ObjectiveScore launches = score.objectives().get(2);
        // 3 + 4 = 7; 7 / 4 = 1.75 → capped 1.5
        assertNum("7", launches.kpis().get(0).actual());
        assertNum("1.5", launches.kpis().get(0).attainment());
        assertEquals(PaceStatus.ON_TRACK, launches.kpis().get(0).status());
        assertNum("1.5", launches.kpiScore());

        // (0.496 × 40 + 0.45 × 35 + 1.5 × 25) / 100 = (19.84 + 15.75 + 37.5) / 100 = 0.7309
        assertNum("0.7309", score.kpiScore());
        // (1 × 40 + 0.5 × 35 + 1 × 25) / 100 = 0.825
        assertNum("0.825", score.coverage());

        // Month 2: 31 → 3, 3 (spread 0); 32 → 4, 2 (mean 3, spread 1, disagreement); 33 → 5, 4 (4.5, 0.5)
        assertCycleRow(merchants.cycles().get(0), 12, "3", "0", false, 2);
        assertCycleRow(advertising.cycles().get(0), 12, "3", "1", true, 2);
        assertCycleRow(launches.cycles().get(0), 12, "4.5", "0.5", false, 2);
        // Mid-term: 31 → 4, 3, 2 (mean 3, spread √(2/3), range 2); 32 → all 3; 33 → all 4
        ObjectiveCycleScore midMerchants = merchants.cycles().get(1);
        assertNum("3", midMerchants.mean());
        assertApprox("0.816496580927726", midMerchants.spread());
        assertTrue(midMerchants.disagreement());
        assertEquals(3, midMerchants.ratings());
        assertCycleRow(advertising.cycles().get(1), 13, "3", "0", false, 3);
        assertCycleRow(launches.cycles().get(1), 13, "4", "0", false, 3);
        // Final: nothing submitted
        ObjectiveCycleScore finalMerchants = merchants.cycles().get(2);
        assertEquals(14, finalMerchants.cycleId());
        assertNull(finalMerchants.mean());
        assertEquals(0, finalMerchants.ratings());

        // Month 2: (3 × 40 + 3 × 35 + 4.5 × 25) / 100 = 3.375; Mid-term: (3 × 40 + 3 × 35 + 4 × 25) / 100 = 3.25
        assertNum("3.375", score.cycles().get(0).reviewScore());
        assertNum("3.25", score.cycles().get(1).reviewScore());
        assertNull(score.cycles().get(2).reviewScore());
        assertEquals(4, score.cycles().get(2).assigned());
        assertEquals(0, score.cycles().get(2).submitted());
        // The final cycle has no ratings: the latest-closing rated cycle, Mid-term (Oct 5), gives 3.25
        assertEquals(13L, score.reviewCycleId());
        assertNum("3.25", score.reviewScore());
        // 100 × (0.6 × 0.7309 + 0.4 × (3.25 − 1) / 4) = 100 × (0.43854 + 0.225) = 66.354
        assertNum("66.354", score.composite());
        // (40 + 25) / 100
        assertNum("0.65", score.continuity());
    }

    @Test
    void endedTermIsScoredAtItsEndDate() {
        TermScore score = scoring.score(term(), date("2026-02-01"));

        assertEquals(date("2025-12-31"), score.referenceDate());
        assertNum("1", score.elapsed());
        // K90: 906 (Oct 31, 160) now counts: (160 − 100) / 50 = 1.2 ≥ 1
        KpiScore k90 = score.objectives().get(0).kpis().get(0);
        assertEquals(5, k90.entries());
        assertNum("1.2", k90.attainment());
        assertEquals(PaceStatus.ON_TRACK, k90.status());
        // K91 0.4 and K92 0.45 are now below 0.85; K93: 2 / 2.5 = 0.8 < 0.85
        assertEquals(PaceStatus.OFF_TRACK, score.objectives().get(0).kpis().get(1).status());
        assertEquals(PaceStatus.OFF_TRACK, score.objectives().get(1).kpis().get(0).status());
        KpiScore k93 = score.objectives().get(1).kpis().get(1);
        assertNum("0.8", k93.attainment());
        assertEquals(PaceStatus.OFF_TRACK, k93.status());
        // (1.2 × 60 + 0.4 × 40) / 100 = 0.88; (0.45 × 50 + 0.8 × 50) / 100 = 0.625; 1.5
        assertNum("0.88", score.objectives().get(0).kpiScore());
        assertNum("0.625", score.objectives().get(1).kpiScore());
        assertNum("1", score.objectives().get(1).coverage());
        // (0.88 × 40 + 0.625 × 35 + 1.5 × 25) / 100 = (35.2 + 21.875 + 37.5) / 100 = 0.94575
        assertNum("0.94575", score.kpiScore());
        assertNum("1", score.coverage());
        // 100 × (0.6 × 0.94575 + 0.4 × (3.25 − 1) / 4) = 100 × (0.56745 + 0.225) = 79.245
        assertNum("3.25", score.reviewScore());
        assertNum("79.245", score.composite());
    }

    @Test
    void aRatedFinalCycleDecidesTheReviewScore() {
        TermScore score = scoring.score(term(rating(14, 1, 31, 4), rating(14, 1, 32, 4), rating(14, 1, 33, 4)),
                date("2026-02-01"));
        assertEquals(14L, score.reviewCycleId());
        assertNum("4", score.reviewScore());
        // 100 × (0.56745 + 0.4 × (4 − 1) / 4) = 100 × (0.56745 + 0.3) = 86.745
        assertNum("86.745", score.composite());
    }

    @Test
    void termNotYetStarted() {
        TermScore score = scoring.score(term(), date("2025-06-15"));
        assertEquals(date("2025-06-15"), score.referenceDate());
        assertNum("0", score.elapsed());
        assertNull(score.kpiScore());
        assertNum("0", score.coverage());
        assertNull(score.composite(), "no KPI data yet, so no composite although a review score exists");
    }

    private static void assertCycleRow(ObjectiveCycleScore row, long cycleId, String mean, String spread,
            boolean disagreement, int ratings) {
        assertEquals(cycleId, row.cycleId());
        assertNum(mean, row.mean());
        assertNum(spread, row.spread());
        assertEquals(disagreement, row.disagreement());
        assertEquals(ratings, row.ratings());
    }
}
