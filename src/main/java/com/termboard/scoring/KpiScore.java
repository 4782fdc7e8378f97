package com.termboard.scoring;

import java.math.BigDecimal;

/**
 * The scored state of one KPI at the reference date. {@code actual}, {@code attainment} and {@code status} are null
 * when there is no data; {@code entries} counts the non-superseded entries dated on or before the reference date.
 * {@code baseline}, {@code target} and {@code weight} are copied from the input so a scorecard can be written from
 * this record alone.
 */
public record KpiScore(long kpiId, BigDecimal baseline, BigDecimal target, int weight,
        BigDecimal actual, BigDecimal attainment, PaceStatus status, int entries) {

    public KpiScore {
        baseline = Decimals.normalise(baseline);
        target = Decimals.normalise(target);
        actual = Decimals.normalise(actual);
        attainment = Decimals.normalise(attainment);
    }
}
