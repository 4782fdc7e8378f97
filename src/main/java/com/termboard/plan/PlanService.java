package com.termboard.plan;

import com.termboard.audit.AuditLog;
import com.termboard.metric.Metric;
import com.termboard.plan.PlanRequests.KpiRequest;
import com.termboard.plan.PlanRequests.ObjectiveRequest;
import com.termboard.plan.PlanViews.KpiView;
import com.termboard.plan.PlanViews.ObjectiveView;
import com.termboard.progress.ProgressEntry;
import com.termboard.review.Rating;
import com.termboard.system.TermboardConfig;
import com.termboard.term.Term;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Changes to a term's objectives and KPIs, each checked, versioned and audited. */
@ApplicationScoped
@Transactional
public class PlanService {

    static final BigDecimal LIMIT = new BigDecimal("1e17");
    static final int MAX_DECIMALS = 6;

    @Inject
    PlanGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    TermboardConfig config;

    public Objective addObjective(Term term, ObjectiveRequest in) {
        guard.requireEditable(term);
        Objective o = new Objective();
        o.term = term;
        o.position = (int) Objective.count("term", term);
        apply(o, in);
        o.persist();
        audit.record("CREATE", "Objective", o.id, null, ObjectiveView.of(o));
        return o;
    }

    public Objective updateObjective(Objective o, ObjectiveRequest in) {
        guard.requireEditable(o.term);
        requireVersion(in.version(), o.version, false);
        ObjectiveView before = ObjectiveView.of(o);
        apply(o, in);
        Objective.flush(); // the new version is known after the flush, so the answer can carry it
        audit.record("UPDATE", "Objective", o.id, before, ObjectiveView.of(o));
        return o;
    }

    public void deleteObjective(Objective o, Long version) {
        guard.requireEditable(o.term);
        requireVersion(version, o.version, false);
        if (ProgressEntry.count("kpi.objective", o) > 0 || Rating.count("objective", o) > 0) {
            throw ApiError.conflict(Texts.of(PlanMessages.class).objective_has_records(o.title));
        }
        ObjectiveView before = ObjectiveView.of(o);
        Objective.update("continues = null WHERE continues = ?1", o);
        o.delete();
        List<Objective> rest = Objective.ofTerm(o.term);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).position = i;
        }
        audit.record("DELETE", "Objective", o.id, before, null);
    }

    /** Moves an objective one place up (−1) or down (+1) in the plan. */
    public void move(Objective o, int step) {
        guard.requireEditable(o.term);
        List<Objective> all = Objective.ofTerm(o.term);
        int from = all.indexOf(o);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).position = i;
        }
        audit.record("UPDATE", "Objective", o.id, Map.of("position", from), Map.of("position", to), "reordered");
    }

    public Kpi addKpi(Objective o, KpiRequest in) {
        guard.requireEditable(o.term);
        Kpi k = new Kpi();
        k.objective = o;
        k.position = o.kpis.size();
        apply(k, in);
        o.kpis.add(k);
        k.persist();
        audit.record("CREATE", "Kpi", k.id, null, KpiView.of(k));
        return k;
    }

    public Kpi updateKpi(Kpi k, KpiRequest in) {
        guard.requireEditable(k.objective.term);
        requireVersion(in.version(), k.version, true);
        KpiView before = KpiView.of(k);
        apply(k, in);
        Kpi.flush();
        audit.record("UPDATE", "Kpi", k.id, before, KpiView.of(k));
        return k;
    }

    public void deleteKpi(Kpi k, Long version) {
        guard.requireEditable(k.objective.term);
        requireVersion(version, k.version, true);
        if (ProgressEntry.count("kpi", k) > 0) {
            throw ApiError.conflict(Texts.of(PlanMessages.class).kpi_has_entries(k.metric.code));
        }
        KpiView before = KpiView.of(k);
        k.objective.kpis.remove(k);
        k.delete();
        audit.record("DELETE", "Kpi", k.id, before, null);
    }

    private void apply(Objective o, ObjectiveRequest in) {
        PlanMessages text = Texts.of(PlanMessages.class);
        Validation v = new Validation()
                .text(in.title(), "title", 200)
                .optionalText(in.description(), "description", 4000)
                .range(in.weight(), 1, 100, "weight")
                .text(in.perspective(), "perspective", 40)
                .require(in.perspective() == null || in.perspective().isBlank()
                        || config.perspectives().contains(in.perspective()), "perspective",
                        text.choose_perspective(String.join(", ", config.perspectives())));
        Objective continues = null;
        if (in.continues() != null) {
            Term previous = Term.previousOf(o.term).orElse(null);
            continues = Objective.findById(in.continues());
            v.require(continues != null && previous != null && continues.term.id.equals(previous.id), "continues",
                    text.continues_previous_only());
        }
        v.check();
        o.title = in.title().trim();
        o.description = in.description() == null ? "" : in.description().trim();
        o.weight = in.weight();
        o.perspective = in.perspective();
        o.continues = continues;
    }

    private void apply(Kpi k, KpiRequest in) {
        PlanMessages text = Texts.of(PlanMessages.class);
        Validation v = new Validation().text(in.metric(), "metric", 40).range(in.weight(), 1, 100, "weight");
        boolean lookup = in.metric() != null && !in.metric().isBlank() && in.metric().length() <= 40
                && Validation.isClean(in.metric());
        Metric metric = lookup ? Metric.byCode(in.metric().trim()).orElse(null) : null;
        v.require(!lookup || metric != null, "metric", text.no_metric(in.metric()));
        v.require(in.target() != null, "target", Texts.msg().required());
        decimal(v, in.target(), "target");
        decimal(v, in.baseline(), "baseline");
        v.require(in.baseline() == null || in.target() == null || in.baseline().compareTo(in.target()) != 0,
                "target", text.target_differs());
        v.check();
        k.metric = metric;
        k.baseline = in.baseline();
        k.target = in.target();
        k.weight = in.weight();
    }

    static void decimal(Validation v, BigDecimal value, String field) {
        if (value != null) {
            PlanMessages text = Texts.of(PlanMessages.class);
            v.require(value.abs().compareTo(LIMIT) < 0, field, text.too_large())
                    .require(value.stripTrailingZeros().scale() <= MAX_DECIMALS, field,
                            text.at_most_decimals(MAX_DECIMALS));
        }
    }

    /** Refuses a change made to an older version than the stored one ({@code kpi}: of a KPI, else an objective). */
    static void requireVersion(Long sent, long current, boolean kpi) {
        PlanMessages text = Texts.of(PlanMessages.class);
        if (sent == null) {
            throw ApiError.invalid("version", text.version_required());
        }
        if (sent != current) {
            throw ApiError.conflict(kpi ? text.stale_kpi(current, sent) : text.stale_objective(current, sent));
        }
    }
}
