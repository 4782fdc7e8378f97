package com.termboard.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scored state of one objective: KPI score (null when no KPI has data), coverage (share of KPI weight with
 * data; null when the objective has no KPIs), its KPIs, and one review row per cycle of the term, in cycle order.
 */
public record ObjectiveScore(long objectiveId, int weight, BigDecimal kpiScore, BigDecimal coverage,
        List<KpiScore> kpis, List<ObjectiveCycleScore> cycles) {

    public ObjectiveScore {
        kpiScore = Decimals.normalise(kpiScore);
        coverage = Decimals.normalise(coverage);
        kpis = List.copyOf(kpis);
        cycles = List.copyOf(cycles);
    }
}
