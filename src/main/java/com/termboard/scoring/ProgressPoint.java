package com.termboard.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One progress entry of a KPI. Entries are append-only: a correction is a new entry whose {@code supersedesId} names
 * the entry it replaces, and a replaced entry no longer counts.
 */
public record ProgressPoint(long id, LocalDate asOf, BigDecimal value, Instant enteredAt, Long supersedesId) {

    public ProgressPoint {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }
}
