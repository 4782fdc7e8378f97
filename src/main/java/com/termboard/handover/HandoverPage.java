package com.termboard.handover;

import com.termboard.metric.MetricMessages;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.scoring.TermScore;
import com.termboard.term.Term;
import com.termboard.web.forms.FormState;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the handover page shows: the term's final numbers (scored at its end date, or today while it runs),
 * the note, and one row per outgoing objective. {@code failedKey} names the one refused form ({@code note} or
 * {@code decision-<objective id>}), so only that form keeps the input and shows the messages.
 */
public record HandoverPage(Term term, Term next, LocalDate scoredAt, boolean ended, TermScore score, Handover handover,
        List<Row> rows, LocalDate opensOn, boolean open, boolean canWrite, boolean canDecide, boolean nextIsDraft,
        String failedKey, FormState failed, String conflict) {

    /** An outgoing objective with its numbers, its KPIs and its handover item (null until something is said). */
    public record Row(Objective objective, ObjectiveScore score, List<KpiRow> kpis, HandoverItem item) {

        public String recommendation() {
            return item == null || item.recommendation == null ? null : item.recommendation.name();
        }

        public boolean carriedOver() {
            return item != null && item.decision == HandoverItem.Decision.CARRY_OVER;
        }

        public boolean decided() {
            return item != null && item.decision != null;
        }
    }

    /** A KPI with its closing numbers (null score parts: no data). */
    public record KpiRow(Kpi kpi, KpiScore score) {

        public String statusLabel() {
            return Display.pace(score == null ? null : score.status());
        }

        /** How the KPI's entries combine, in the page's language. */
        public String aggregationLabel() {
            return Texts.of(MetricMessages.class).aggregation(kpi.metric.aggregation);
        }

        public String statusKey() {
            return score == null || score.status() == null ? "NONE" : score.status().name();
        }
    }

    /** A number as measured, a dash for none (Qute's extension methods do not run on a null base). */
    public String num(java.math.BigDecimal value) {
        return Display.plain(value);
    }

    public String pct(java.math.BigDecimal value) {
        return Display.percent(value);
    }

    public FormState f(String key) {
        return key.equals(failedKey) ? failed : FormState.empty();
    }

    public FormState decisionForm(Row row) {
        return f("decision-" + row.objective().id);
    }

    /** Who last wrote the note, or "someone" when that is not known. */
    public String writtenBy() {
        return handover == null || handover.updatedBy == null || handover.updatedBy.displayName == null
                ? Texts.of(HandoverMessages.class).someone() : handover.updatedBy.displayName;
    }

    public String note() {
        return handover == null ? "" : handover.note;
    }

    /** The recommendation to preselect: the one submitted, else the stored one. */
    public boolean recommended(Row row, String option) {
        return option.equals(f("note").valueOr("rec-" + row.objective().id, row.recommendation()));
    }

    public boolean chosen(Row row, String option) {
        return option.equals(decisionForm(row).value("decision"));
    }

    /** The decision form is offered on a row that is still open, to the incoming president or an admin. */
    public boolean decidable(Row row) {
        return canDecide && open && next != null && !row.decided();
    }

    public long decidedCount() {
        return rows.stream().filter(Row::decided).count();
    }
}
