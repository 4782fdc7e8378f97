package com.termboard.progress;

import com.termboard.plan.Kpi;
import com.termboard.read.ReadModel;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.PaceStatus;
import com.termboard.scoring.TermScore;
import com.termboard.session.CurrentUser;
import com.termboard.system.TermboardConfig;
import com.termboard.system.Today;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.term.TermStatus;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds what {@code /terms/{id}/progress} shows: a row per KPI with its numbers (the read model) and its history. */
@RequestScoped
public class ProgressPages {

    /** The page: the term, whether this user may enter now (and if not, why), the rows. */
    public record Page(long termId, String groupCode, String label, String presidentName, LocalDate startDate,
            LocalDate endDate, TermStatus status, PlanStatus planStatus, LocalDate asOf, BigDecimal elapsed,
            boolean canEnter, String refusal, LocalDate defaultAsOf, LocalDate lastEntryDay, List<Row> rows) {

        public String statusLabel() {
            return ProgressLabels.termStatus(status);
        }

        public String planStatusLabel() {
            return ProgressLabels.planStatus(planStatus);
        }
    }

    /** One KPI: its goal, its scored state today and its history; {@code correcting} is the entry being corrected. */
    public record Row(long kpiId, String objective, String metric, String metricName, String unit, String direction,
            String aggregation, BigDecimal baseline, BigDecimal target, int weight, BigDecimal actual,
            BigDecimal attainment, PaceStatus status, List<ProgressView> history, ProgressView correcting) {

        // Qute's extension methods do not apply to null, and "no data" is null: formatted here.
        public String baselineText() {
            return Display.plain(baseline);
        }

        public String actualText() {
            return Display.plain(actual);
        }

        public String attainmentText() {
            return Display.percent(attainment);
        }

        public String aggregationLabel() {
            return ProgressLabels.aggregation(aggregation);
        }

        /** "Corrects the entry of 2030-03-15 (140)" in the page's language. */
        public String correctsText() {
            return correcting == null ? null : Texts.of(ProgressMessages.class)
                    .corrects_entry(Display.date(correcting.asOf()), Display.plain(correcting.value()));
        }

        public String statusKey() {
            return status == null ? "NONE" : status.name();
        }

        public String statusLabel() {
            return Display.pace(status);
        }

        public String asOfField() {
            return "asOf-" + kpiId;
        }

        public String valueField() {
            return "value-" + kpiId;
        }

        public String confidenceField() {
            return "confidence-" + kpiId;
        }

        public String commentField() {
            return "comment-" + kpiId;
        }

        public String supersedesField() {
            return "supersedes-" + kpiId;
        }

        public String confirmField() {
            return "confirm-" + kpiId;
        }

        /** The id of the hint below the value field of a summed KPI, else null. */
        public String valueHint() {
            return sums() ? valueField() + "-hint" : null;
        }

        /** The as-of date the field starts with: the corrected entry's, else {@code day}. */
        public LocalDate asOfOr(LocalDate day) {
            return correcting == null ? day : correcting.asOf();
        }

        /** Whether the metric sums its entries, so that a value is the period's amount, not a running total. */
        public boolean sums() {
            return "SUM".equals(aggregation);
        }
    }

    @Inject
    ReadModel reads;

    @Inject
    Today today;

    @Inject
    TermboardConfig config;

    @Inject
    TermAccess access;

    @Inject
    CurrentUser me;

    /** The KPIs of a term in plan order, with metric and objective. */
    public static List<Kpi> kpisOf(Term term) {
        return Kpi.list("SELECT k FROM Kpi k JOIN FETCH k.metric JOIN FETCH k.objective o WHERE o.term = ?1 "
                + "ORDER BY o.position, o.id, k.position, k.id", term);
    }

    /** The page for {@code term}; {@code correcting} maps a KPI id to the id of the entry being corrected. */
    public Page build(Term term, Map<Long, Long> correcting) {
        LocalDate day = today.date();
        int grace = config.progress().graceDays();
        List<Kpi> kpis = kpisOf(term);
        TermScore score = reads.score(term.id, day).orElseThrow();
        Map<Long, KpiScore> scores = new HashMap<>();
        score.objectives().forEach(o -> o.kpis().forEach(k -> scores.put(k.kpiId(), k)));
        ProgressHistory history = ProgressHistory.of(ProgressHistory.entriesOf(kpis.stream().map(k -> k.id).toList()));
        List<ProgressView> views = history.views();
        List<Row> rows = kpis.stream().map(k -> {
            KpiScore s = scores.get(k.id);
            List<ProgressView> mine = views.stream().filter(v -> v.kpi().equals(k.id)).toList();
            Long fix = correcting.get(k.id);
            ProgressView correct = fix == null ? null
                    : mine.stream().filter(v -> v.id().equals(fix) && !v.superseded()).findFirst().orElse(null);
            return new Row(k.id, k.objective.title, k.metric.code, k.metric.name, k.metric.unit,
                    k.metric.direction.name(), k.metric.aggregation.name(), k.baseline, k.target, k.weight,
                    s == null ? null : s.actual(), s == null ? null : s.attainment(), s == null ? null : s.status(),
                    mine, correct);
        }).toList();
        boolean mayEnter = me.isAdmin() || access.isOwnTerm(term);
        String refusal = mayEnter ? ProgressRules.refusal(term, day, grace).map(ProgressRefusals::text).orElse(null)
                : Texts.of(ProgressMessages.class).refusal_not_president();
        return new Page(term.id, term.group.code, term.label, term.president.displayName, term.startDate, term.endDate,
                term.status(day), term.planStatus, score.referenceDate(), score.elapsed(), refusal == null, refusal,
                ProgressRules.defaultAsOf(term, day), ProgressRules.lastEntryDay(term, grace), rows);
    }
}
