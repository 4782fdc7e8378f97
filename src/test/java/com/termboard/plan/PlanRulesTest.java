package com.termboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.plan.PlanRules.Block;
import com.termboard.plan.PlanRules.Kind;
import com.termboard.plan.PlanRules.KpiShape;
import com.termboard.plan.PlanRules.ObjectiveShape;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What blocks a plan's submission (SPEC: weights sum to 100, every objective has a KPI, target ≠ baseline). */
class PlanRulesTest {

    private static KpiShape kpi(String metric, String baseline, String target, int weight) {
        return new KpiShape(metric, baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target),
                weight);
    }

    private static ObjectiveShape objective(String title, int weight, KpiShape... kpis) {
        return new ObjectiveShape(title, weight, List.of(kpis));
    }

    @Test
    void aCompletePlanHasNoBlocker() {
        assertEquals(List.of(), PlanRules.blockers(List.of(
                objective("Grow", 60, kpi("MERCHANTS", "100", "150", 70), kpi("GMV", null, "20", 30)),
                objective("Risk", 40, kpi("FRAUD_RATE", "0.8", "0.5", 100)))));
    }

    @Test
    void anEmptyPlanSaysOnlyThatItHasNoObjective() {
        assertEquals(List.of(new Block(Kind.NO_OBJECTIVE, null, null, 0)), PlanRules.blockers(List.of()));
    }

    @Test
    void objectiveWeightsNotAddingUpTo100NameTheirTotal() {
        // 60 + 30 = 90; 60 + 50 = 110: too little and too much are both blockers.
        assertEquals(List.of(new Block(Kind.OBJECTIVE_WEIGHTS, null, null, 90)), PlanRules.blockers(List.of(
                objective("Grow", 60, kpi("MERCHANTS", "100", "150", 100)),
                objective("Risk", 30, kpi("FRAUD_RATE", "0.8", "0.5", 100)))));
        assertEquals(List.of(new Block(Kind.OBJECTIVE_WEIGHTS, null, null, 110)), PlanRules.blockers(List.of(
                objective("Grow", 60, kpi("MERCHANTS", "100", "150", 100)),
                objective("Risk", 50, kpi("FRAUD_RATE", "0.8", "0.5", 100)))));
    }

    @Test
    void anObjectiveWithoutKpiIsNamed() {
        assertEquals(List.of(new Block(Kind.NO_KPI, "Risk", null, 0)), PlanRules.blockers(List.of(
                objective("Grow", 50, kpi("MERCHANTS", "100", "150", 100)), objective("Risk", 50))));
    }

    @Test
    void kpiWeightsNotAddingUpTo100NameTheObjectiveAndTheirTotal() {
        // 40 + 45 = 85 inside "Grow".
        assertEquals(List.of(new Block(Kind.KPI_WEIGHTS, "Grow", null, 85)), PlanRules.blockers(List.of(
                objective("Grow", 100, kpi("MERCHANTS", "100", "150", 40), kpi("GMV", "10", "20", 45)))));
    }

    @Test
    void aTargetEqualToItsBaselineIsNamedWhateverTheScale() {
        // 1.50 and 1.5 are the same number.
        assertEquals(List.of(new Block(Kind.TARGET_IS_BASELINE, "Risk", "FRAUD_RATE", 0)), PlanRules.blockers(List.of(
                objective("Risk", 100, kpi("FRAUD_RATE", "1.50", "1.5", 100)))));
    }

    @Test
    void aLowerIsBetterTargetBelowItsBaselineAndAKpiWithoutBaselineAreFine() {
        assertEquals(List.of(), PlanRules.blockers(List.of(
                objective("Risk", 100, kpi("FRAUD_RATE", "0.8", "0.2", 50), kpi("COMPLAINTS", null, "0", 50)))));
    }

    @Test
    void everyBlockerIsListedInThePlansOrder() {
        assertEquals(List.of(new Block(Kind.OBJECTIVE_WEIGHTS, null, null, 70),
                new Block(Kind.KPI_WEIGHTS, "Grow", null, 90),
                new Block(Kind.TARGET_IS_BASELINE, "Grow", "GMV", 0),
                new Block(Kind.NO_KPI, "Risk", null, 0)),
                PlanRules.blockers(List.of(
                        objective("Grow", 40, kpi("MERCHANTS", "100", "150", 60), kpi("GMV", "10", "10", 30)),
                        objective("Risk", 30))));
    }
}
