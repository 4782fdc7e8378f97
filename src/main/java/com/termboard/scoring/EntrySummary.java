package com.termboard.scoring;

import com.termboard.metric.Aggregation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A KPI's effective entries at {@code ref} reduced in SQL to what scoring needs: their count, exact sum and the
 * latest value (greatest as-of, entered-at, id), so a report over many terms need not read every entry.
 */
public record EntrySummary(LocalDate ref, int count, BigDecimal sum, BigDecimal latest) {

    public EntrySummary {
        Objects.requireNonNull(ref, "ref");
    }

    /** The actual exactly as {@link Scoring#actual} computes it from the entries; null without entries. */
    BigDecimal actual(Aggregation aggregation) {
        if (count == 0) {
            return null;
        }
        return switch (aggregation) {
            case LATEST -> latest;
            case SUM -> sum;
            case AVERAGE -> Decimals.divide(sum, BigDecimal.valueOf(count));
        };
    }
}
