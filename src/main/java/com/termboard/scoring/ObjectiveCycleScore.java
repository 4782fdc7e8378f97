package com.termboard.scoring;

import java.math.BigDecimal;

/**
 * The submitted ratings of one objective in one cycle: mean, population standard deviation ({@code spread}), the
 * disagreement flag and how many ratings there were. Mean and spread are null when there are no ratings.
 */
public record ObjectiveCycleScore(long cycleId, BigDecimal mean, BigDecimal spread, boolean disagreement,
        int ratings) {

    public ObjectiveCycleScore {
        mean = Decimals.normalise(mean);
        spread = Decimals.normalise(spread);
    }
}
