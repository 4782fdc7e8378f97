package com.termboard.scoring;

import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A KPI as the scoring engine sees it: its metric's rules, its goal, its weight and all of its progress entries, or
 * instead ({@code summary} not null, {@code entries} empty) their summary at the one date a report scores it.
 */
public record KpiInput(long id, String metric, Direction direction, Aggregation aggregation, BigDecimal baseline,
        BigDecimal target, int weight, List<ProgressPoint> entries, EntrySummary summary) {

    public KpiInput {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(target, "target");
        entries = List.copyOf(entries);
        if (summary != null && !entries.isEmpty()) {
            throw new IllegalArgumentException("either entries or their summary");
        }
    }

    /** A KPI with all of its entries. */
    public KpiInput(long id, String metric, Direction direction, Aggregation aggregation, BigDecimal baseline,
            BigDecimal target, int weight, List<ProgressPoint> entries) {
        this(id, metric, direction, aggregation, baseline, target, weight, entries, null);
    }
}
