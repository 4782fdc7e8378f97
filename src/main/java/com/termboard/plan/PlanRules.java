package com.termboard.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What blocks a plan from being submitted, as facts; {@link PlanBlocks} puts them in the request's language. */
public final class PlanRules {

    /** The parts of an objective the rules look at. */
    public record ObjectiveShape(String title, int weight, List<KpiShape> kpis) {
    }

    /** The parts of a KPI the rules look at. */
    public record KpiShape(String metric, BigDecimal baseline, BigDecimal target, int weight) {
    }

    /** The kinds of reason a plan cannot be submitted. */
    public enum Kind {
        NO_OBJECTIVE, OBJECTIVE_WEIGHTS, NO_KPI, KPI_WEIGHTS, TARGET_IS_BASELINE
    }

    /**
     * One reason the plan cannot be submitted: the objective's title and the KPI's metric code where it is about
     * one, and the weights' total where it is about weights (0 otherwise).
     */
    public record Block(Kind kind, String objective, String metric, int total) {

        static Block of(Kind kind) {
            return new Block(kind, null, null, 0);
        }
    }

    private PlanRules() {
    }

    /** Every reason the plan cannot be submitted, in the plan's order; empty when it can. */
    public static List<Block> blockers(List<ObjectiveShape> objectives) {
        List<Block> blockers = new ArrayList<>();
        if (objectives.isEmpty()) {
            blockers.add(Block.of(Kind.NO_OBJECTIVE));
            return blockers;
        }
        int total = objectives.stream().mapToInt(ObjectiveShape::weight).sum();
        if (total != 100) {
            blockers.add(new Block(Kind.OBJECTIVE_WEIGHTS, null, null, total));
        }
        for (ObjectiveShape o : objectives) {
            if (o.kpis().isEmpty()) {
                blockers.add(new Block(Kind.NO_KPI, o.title(), null, 0));
                continue;
            }
            int kpiTotal = o.kpis().stream().mapToInt(KpiShape::weight).sum();
            if (kpiTotal != 100) {
                blockers.add(new Block(Kind.KPI_WEIGHTS, o.title(), null, kpiTotal));
            }
            for (KpiShape k : o.kpis()) {
                if (k.baseline() != null && k.target() != null && k.baseline().compareTo(k.target()) == 0) {
                    blockers.add(new Block(Kind.TARGET_IS_BASELINE, o.title(), k.metric(), 0));
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
