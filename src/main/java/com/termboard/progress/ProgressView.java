package com.termboard.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A progress entry as the API shows it; {@code superseded} marks one that a later correction replaced. */
public record ProgressView(Long id, Long kpi, LocalDate asOf, BigDecimal value, String comment, Integer confidence,
        Long supersedes, boolean superseded, Long supersededBy, String enteredBy, Instant enteredAt) {

    public static ProgressView of(ProgressEntry e, Long supersededBy) {
        return new ProgressView(e.id, e.kpi.id, e.asOf, plain(e.value), e.comment, e.confidence,
                e.supersedes == null ? null : e.supersedes.id, supersededBy != null, supersededBy,
                e.enteredBy.username, e.enteredAt);
    }

    /** Without trailing zeros but never in exponent form: 1150.000000 is 1150 in JSON, not 1.15E+3. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
