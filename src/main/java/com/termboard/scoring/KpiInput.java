package com.termboard.scoring;

import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A KPI as the scoring engine sees it: its metric's rules, its goal, its weight and all of its progress entries. */
public record KpiInput(long id, String metric, Direction direction, Aggregation aggregation, BigDecimal baseline,
        BigDecimal target, int weight, List<ProgressPoint> entries) {

    public KpiInput {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(target, "target");
        entries = List.copyOf(entries);
    }
}
