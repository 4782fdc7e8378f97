package com.termboard.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The elapsed share of a term and the pace status it gives each KPI's attainment. */
public final class Pace {

    private static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.85");

    private Pace() {
    }

    /**
     * Elapsed fraction f = (days from start to ref, both inclusive) / (days of the term, both inclusive), within
     * [0, 1]: 0 before the term starts, 1 from its end date on.
     */
    public static BigDecimal elapsed(LocalDate start, LocalDate end, LocalDate ref) {
        // Tested before any division so that an ended term is exactly 1, and a malformed one never divides by zero.
        if (!ref.isBefore(end)) {
            return BigDecimal.ONE;
        }
        if (ref.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        long daysSoFar = ChronoUnit.DAYS.between(start, ref) + 1;
        long termDays = ChronoUnit.DAYS.between(start, end) + 1;
        return Decimals.divide(BigDecimal.valueOf(daysSoFar), BigDecimal.valueOf(termDays));
    }

    /** ON_TRACK if attainment ≥ f, AT_RISK if attainment ≥ 0.85 f, else OFF_TRACK; null without an attainment. */
    public static PaceStatus status(BigDecimal attainment, BigDecimal elapsed) {
        if (attainment == null) {
            return null;
        }
        if (attainment.compareTo(elapsed) >= 0) {
            return PaceStatus.ON_TRACK;
        }
        return attainment.compareTo(elapsed.multiply(AT_RISK_SHARE)) >= 0 ? PaceStatus.AT_RISK : PaceStatus.OFF_TRACK;
    }
}
