package com.termboard.scoring;

import java.math.BigDecimal;

/**
 * The term review score of one cycle (null when it has no submitted ratings), with the cycle's review counts passed
 * through for the scorecard.
 */
public record CycleScore(long cycleId, BigDecimal reviewScore, int assigned, int submitted) {

    public CycleScore {
        reviewScore = Decimals.normalise(reviewScore);
    }
}
