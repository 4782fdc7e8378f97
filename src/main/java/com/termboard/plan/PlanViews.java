package com.termboard.plan;

import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.term.TermStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A term with its plan as the API shows it. */
public final class PlanViews {

    private PlanViews() {
    }

    /** A KPI of the plan. */
    public record KpiView(Long id, String metric, String metricName, String unit, BigDecimal baseline,
            BigDecimal target, int weight, long version) {
        public static KpiView of(Kpi k) {
            return new KpiView(k.id, k.metric.code, k.metric.name, k.metric.unit, strip(k.baseline), strip(k.target),
                    k.weight, k.version);
        }
    }

    /** An objective of the plan with its KPIs. */
    public record ObjectiveView(Long id, int position, String title, String description, int weight,
            String perspective, Long continues, long version, List<KpiView> kpis) {
        public static ObjectiveView of(Objective o) {
            return new ObjectiveView(o.id, o.position, o.title, o.description, o.weight, o.perspective,
                    o.continues == null ? null : o.continues.id, o.version, o.kpis.stream().map(KpiView::of).toList());
        }
    }

    /** A term with its plan, what blocks its submission, and the version to send back when changing it. */
    public record TermDetail(Long id, String group, int sequence, String label, String president,
            LocalDate startDate, LocalDate endDate, TermStatus status, PlanStatus planStatus, String planNote,
            long version, List<ObjectiveView> objectives, List<String> blockers) {
        public static TermDetail of(Term t, LocalDate today, List<Objective> objectives) {
            return new TermDetail(t.id, t.group.code, t.sequenceNo, t.label, t.president.username, t.startDate,
                    t.endDate, t.status(today), t.planStatus, t.planNote, t.version,
                    objectives.stream().map(ObjectiveView::of).toList(),
                    PlanBlocks.of(objectives));
        }
    }

    /** 1150.000000 → 1150, never 1.15E+3: stored decimals carry six places. */
    static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
