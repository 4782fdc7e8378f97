package com.termboard.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What blocks a plan from being submitted, in words a president can act on; plain Java. */
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
        List<String> blockers = new ArrayList<>();
        if (objectives.isEmpty()) {
            blockers.add("The plan has no objective yet.");
            return blockers;
        }
        int total = objectives.stream().mapToInt(ObjectiveShape::weight).sum();
        if (total != 100) {
            blockers.add("Objective weights add up to " + total + "%, not 100%.");
        }
        for (ObjectiveShape o : objectives) {
            if (o.kpis().isEmpty()) {
                blockers.add("Objective \"" + o.title() + "\" has no KPI.");
                continue;
            }
            int kpiTotal = o.kpis().stream().mapToInt(KpiShape::weight).sum();
            if (kpiTotal != 100) {
                blockers.add("KPI weights of \"" + o.title() + "\" add up to " + kpiTotal + "%, not 100%.");
            }
            for (KpiShape k : o.kpis()) {
                if (k.baseline() != null && k.target() != null && k.baseline().compareTo(k.target()) == 0) {
                    blockers.add("KPI " + k.metric() + " of \"" + o.title() + "\" has its target equal to its baseline.");
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
