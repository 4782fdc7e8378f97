package com.termboard.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** The configurable constants of SPEC.md "Scoring": the attainment cap and the KPI share k of the composite. */
public record ScoringSettings(BigDecimal cap, BigDecimal kpiShare) {

    private static final BigDecimal DEFAULT_CAP = new BigDecimal("1.5");
    private static final BigDecimal DEFAULT_KPI_SHARE = new BigDecimal("0.6");

    public ScoringSettings {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(kpiShare, "kpiShare");
        if (cap.signum() <= 0) {
            throw new IllegalArgumentException("cap must be positive, was " + cap);
        }
        if (kpiShare.signum() < 0 || kpiShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("kpiShare must be within [0, 1], was " + kpiShare);
        }
    }

    /** Cap 1.5 and k 0.6, as SPEC.md states them. */
    public static ScoringSettings defaults() {
        return new ScoringSettings(DEFAULT_CAP, DEFAULT_KPI_SHARE);
    }
}
