package com.termboard.plan;

import com.termboard.metric.Metric;
import com.termboard.term.Term;
import com.termboard.web.forms.FormState;
import java.util.List;

/**
 * Everything the plan page shows. {@code failedKey} names the one form that was refused (e.g. {@code obj-12},
 * {@code kpi-new-12}), so only that form shows its messages and keeps the user's input.
 */
public record PlanPage(Term term, List<Objective> objectives, List<String> blockers, int objectiveTotal,
        boolean canEdit, boolean canSubmit, boolean canDecide, List<String> perspectives, List<Metric> metrics,
        List<Objective> previousObjectives, String failedKey, FormState failed, String conflict) {

    /** The refused form's state if {@code key} names it, else an empty state (fields show stored values). */
    public FormState f(String key) {
        return key.equals(failedKey) ? failed : FormState.empty();
    }

    public FormState objectiveForm(Objective o) {
        return f("obj-" + o.id);
    }

    public FormState kpiForm(Kpi k) {
        return f("kpi-" + k.id);
    }

    public FormState newKpiForm(Objective o) {
        return f("kpi-new-" + o.id);
    }

    /** Whether {@code option} is the chosen value: the one submitted, else the stored one. */
    public boolean selected(FormState form, String field, Object stored, Object option) {
        return String.valueOf(option).equals(form.valueOr(field, stored));
    }

    /** The stored id an objective continues, or null. */
    public Long continuesId(Objective o) {
        return o.continues == null ? null : o.continues.id;
    }

    /** A stored decimal as typed into a field: no trailing zeros, empty for none. */
    public String num(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public int kpiTotal(Objective o) {
        return o.kpis.stream().mapToInt(k -> k.weight).sum();
    }

    public boolean ready() {
        return blockers.isEmpty();
    }
}
