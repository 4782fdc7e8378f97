package com.termboard.scoring;

import static com.termboard.scoring.Fixtures.assertApprox;
import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.cycle;
import static com.termboard.scoring.Fixtures.dec;
import static com.termboard.scoring.Fixtures.objective;
import static com.termboard.scoring.Fixtures.rating;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewsTest {

    private static final List<ObjectiveInput> OBJECTIVES = List.of(
            objective(31, 40, null), objective(32, 35, null), objective(33, 25, null));

    @Test
    void oneReviewerHasSpreadZero() {
        ObjectiveCycleScore score = Reviews.objectiveCycleScore(cycle(1, false, "2025-09-05", rating(1, 7, 31, 4)), 31);
        assertEquals(1, score.cycleId());
        assertNum("4", score.mean());
        assertNum("0", score.spread());
        assertFalse(score.disagreement());
        assertEquals(1, score.ratings());
    }

    @Test
    void meanAndPopulationSpread() {
        // 3, 4: mean 3.5; deviations ±0.5, variance (0.25 + 0.25) / 2 = 0.25, spread 0.5 (sample sd would be 0.707)
        ObjectiveCycleScore score = Reviews.objectiveCycleScore(
                cycle(1, false, "2025-09-05", rating(1, 7, 31, 3), rating(1, 8, 31, 4), rating(1, 8, 32, 1)), 31);
        assertNum("3.5", score.mean());
        assertNum("0.5", score.spread());
        assertFalse(score.disagreement(), "spread 0.5 and range 1");
        assertEquals(2, score.ratings());
    }

    @Test
    void disagreementByRangeAlone() {
        // 2, 3, 4: mean 3, variance (1 + 0 + 1) / 3 = 2/3, spread √(2/3) ≈ 0.8165 < 1, but range 4 − 2 = 2
        ObjectiveCycleScore score = Reviews.objectiveCycleScore(cycle(1, false, "2025-09-05",
                rating(1, 7, 31, 2), rating(1, 8, 31, 3), rating(1, 9, 31, 4)), 31);
        assertNum("3", score.mean());
        assertApprox("0.816496580927726", score.spread());
        assertTrue(score.disagreement());
    }

    @Test
    void disagreementBySpread() {
        // 1, 1, 5, 5: mean 3, variance (4 + 4 + 4 + 4) / 4 = 4, spread 2 ≥ 1 (range 4 too)
        ObjectiveCycleScore score = Reviews.objectiveCycleScore(cycle(1, false, "2025-09-05",
                rating(1, 6, 31, 1), rating(1, 7, 31, 1), rating(1, 8, 31, 5), rating(1, 9, 31, 5)), 31);
        assertNum("2", score.spread());
        assertTrue(score.disagreement());
        // Whole-number ratings cannot reach spread 1 with range < 2, so the spread rule is also checked directly.
        assertTrue(Reviews.disagreement(dec("1.0"), 1), "spread exactly 1.0");
        assertFalse(Reviews.disagreement(dec("0.9999"), 1));
        assertTrue(Reviews.disagreement(dec("0"), 2), "range exactly 2");
    }

    @Test
    void anObjectiveWithoutRatingsInACycleHasNoMean() {
        ObjectiveCycleScore score = Reviews.objectiveCycleScore(cycle(1, false, "2025-09-05", rating(1, 7, 32, 4)), 31);
        assertNull(score.mean());
        assertNull(score.spread());
        assertFalse(score.disagreement());
        assertEquals(0, score.ratings());
    }

    @Test
    void cycleReviewScoreIsWeightedByObjectiveOverRatedObjectives() {
        // means: 31 → 3, 32 → (4 + 2) / 2 = 3, 33 → (5 + 4) / 2 = 4.5
        // (3 × 40 + 3 × 35 + 4.5 × 25) / 100 = (120 + 105 + 112.5) / 100 = 3.375
        CycleInput cycle = cycle(1, false, "2025-09-05", rating(1, 7, 31, 3), rating(1, 7, 32, 4),
                rating(1, 7, 33, 5), rating(1, 8, 31, 3), rating(1, 8, 32, 2), rating(1, 8, 33, 4));
        assertNum("3.375", Reviews.cycleReviewScore(cycle, OBJECTIVES));
        // Only 31 (4) and 33 (2) rated: (4 × 40 + 2 × 25) / 65 = 210 / 65 = 3.230769230769231
        CycleInput partial = cycle(2, false, "2025-09-05", rating(2, 7, 31, 4), rating(2, 7, 33, 2));
        assertNum("3.230769230769231", Reviews.cycleReviewScore(partial, OBJECTIVES));
        assertNull(Reviews.cycleReviewScore(cycle(3, false, "2025-09-05"), OBJECTIVES));
    }

    @Test
    void theFinalCycleGivesTheTermReviewScoreWhenItHasRatings() {
        // Even though the non-final cycle 2 closes later, the final one (all 4s) decides.
        List<CycleInput> cycles = List.of(
                cycle(1, true, "2026-01-20", rating(1, 7, 31, 4), rating(1, 7, 32, 4), rating(1, 7, 33, 4)),
                cycle(2, false, "2026-01-25", rating(2, 7, 31, 2), rating(2, 7, 32, 2), rating(2, 7, 33, 2)));
        assertEquals(Optional.of(1L), Reviews.reviewCycle(cycles, OBJECTIVES).map(CycleInput::id));
        assertNum("4", Reviews.termReviewScore(cycles, OBJECTIVES));
    }

    @Test
    void withoutAFinalCycleTheLatestClosingRatedCycleIsUsed() {
        // Cycle 3 closes last but has no ratings; of the rated, cycle 2 (Oct 5) closes after cycle 1 (Sep 5).
        List<CycleInput> cycles = List.of(
                cycle(2, false, "2025-10-05", rating(2, 7, 31, 3), rating(2, 7, 32, 3), rating(2, 7, 33, 4)),
                cycle(1, false, "2025-09-05", rating(1, 7, 31, 5), rating(1, 7, 32, 5), rating(1, 7, 33, 5)),
                cycle(3, false, "2025-12-05"));
        assertEquals(Optional.of(2L), Reviews.reviewCycle(cycles, OBJECTIVES).map(CycleInput::id));
        // (3 × 40 + 3 × 35 + 4 × 25) / 100 = 3.25
        assertNum("3.25", Reviews.termReviewScore(cycles, OBJECTIVES));
    }

    @Test
    void aFinalCycleWithoutRatingsFallsBackToTheLatestClosingRatedCycle() {
        List<CycleInput> cycles = List.of(
                cycle(1, false, "2025-09-05", rating(1, 7, 31, 2), rating(1, 7, 32, 2), rating(1, 7, 33, 2)),
                cycle(2, false, "2025-10-05", rating(2, 7, 31, 3), rating(2, 7, 32, 3), rating(2, 7, 33, 3)),
                cycle(3, true, "2026-01-20"));
        assertEquals(Optional.of(2L), Reviews.reviewCycle(cycles, OBJECTIVES).map(CycleInput::id));
        assertNum("3", Reviews.termReviewScore(cycles, OBJECTIVES));
    }

    @Test
    void noRatingsAnywhereGiveNoTermReviewScore() {
        List<CycleInput> cycles = List.of(cycle(1, false, "2025-09-05"), cycle(2, true, "2026-01-20"));
        assertEquals(Optional.empty(), Reviews.reviewCycle(cycles, OBJECTIVES));
        assertNull(Reviews.termReviewScore(cycles, OBJECTIVES));
        assertNull(Reviews.termReviewScore(List.of(), OBJECTIVES));
    }
}
