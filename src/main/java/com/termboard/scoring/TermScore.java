package com.termboard.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every number of a term's scorecard at a reference date. {@code reviewCycleId} names the cycle the review score
 * came from (null when there is none), because SPEC.md wants the composite shown with the parts it came from.
 */
public record TermScore(long termId, LocalDate referenceDate, BigDecimal elapsed, BigDecimal kpiScore,
        BigDecimal coverage, BigDecimal reviewScore, Long reviewCycleId, BigDecimal composite, BigDecimal continuity,
        List<ObjectiveScore> objectives, List<CycleScore> cycles) {

    public TermScore {
        elapsed = Decimals.normalise(elapsed);
        kpiScore = Decimals.normalise(kpiScore);
        coverage = Decimals.normalise(coverage);
        reviewScore = Decimals.normalise(reviewScore);
        composite = Decimals.normalise(composite);
        continuity = Decimals.normalise(continuity);
        objectives = List.copyOf(objectives);
        cycles = List.copyOf(cycles);
    }
}
