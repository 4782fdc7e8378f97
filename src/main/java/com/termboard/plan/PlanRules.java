package com.termboard.plan;

import com.termboard.web.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What blocks a plan from being submitted, in words a president can act on (in the request's language). */
public final class PlanRules {

    /** The parts of an objective the rules look at. */
    public record ObjectiveShape(String title, int weight, List<KpiShape> kpis) {
    }

    /** The parts of a KPI the rules look at. */
    public record KpiShape(String metric, BigDecimal baseline, BigDecimal target, int weight) {
    }

    private PlanRules() {
    }

    /** Every reason the plan cannot be submitted; empty when it can. */
    public static List<String> blockers(List<ObjectiveShape> objectives) {
        PlanMessages text = Texts.of(PlanMessages.class);
        List<String> blockers = new ArrayList<>();
        if (objectives.isEmpty()) {
            blockers.add(text.blocker_no_objective());
            return blockers;
        }
        int total = objectives.stream().mapToInt(ObjectiveShape::weight).sum();
        if (total != 100) {
            blockers.add(text.blocker_objective_weights(total));
        }
        for (ObjectiveShape o : objectives) {
            if (o.kpis().isEmpty()) {
                blockers.add(text.blocker_no_kpi(o.title()));
                continue;
            }
            int kpiTotal = o.kpis().stream().mapToInt(KpiShape::weight).sum();
            if (kpiTotal != 100) {
                blockers.add(text.blocker_kpi_weights(o.title(), kpiTotal));
            }
            for (KpiShape k : o.kpis()) {
                if (k.baseline() != null && k.target() != null && k.baseline().compareTo(k.target()) == 0) {
                    blockers.add(text.blocker_target_is_baseline(k.metric(), o.title()));
                }
            }
        }
        return blockers;
    }

    /** The shapes of a term's objectives as loaded (KPIs and metrics fetched). */
    public static List<ObjectiveShape> shapes(List<Objective> objectives) {
        return objectives.stream().map(o -> new ObjectiveShape(o.title, o.weight, o.kpis.stream()
                .map(k -> new KpiShape(k.metric.code, k.baseline, k.target, k.weight)).toList())).toList();
    }
}
