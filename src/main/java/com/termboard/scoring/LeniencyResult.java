package com.termboard.scoring;

import java.math.BigDecimal;

/**
 * A reviewer's leniency: the mean of (their rating − the other reviewers' mean for the same objective and cycle).
 * {@code ratings} counts only the comparable ratings, those that had at least one other reviewer's rating beside
 * them, because only those enter the mean; {@code leniency} is null when there are none. Positive means generous.
 */
public record LeniencyResult(long reviewerId, int ratings, BigDecimal leniency) {

    public LeniencyResult {
        leniency = Decimals.normalise(leniency);
    }
}
