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
import com.termboard.web.ApiError;
import com.termboard.web.Validation;
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
        requireVersion(in.version(), o.version, "objective");
        ObjectiveView before = ObjectiveView.of(o);
        apply(o, in);
        Objective.flush(); // the new version is known after the flush, so the answer can carry it
        audit.record("UPDATE", "Objective", o.id, before, ObjectiveView.of(o));
        return o;
    }

    public void deleteObjective(Objective o, Long version) {
        guard.requireEditable(o.term);
        requireVersion(version, o.version, "objective");
        if (ProgressEntry.count("kpi.objective", o) > 0 || Rating.count("objective", o) > 0) {
            throw ApiError.conflict("\"" + o.title + "\" already has progress entries or review ratings; "
                    + "it cannot be deleted.");
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
        requireVersion(in.version(), k.version, "KPI");
        KpiView before = KpiView.of(k);
        apply(k, in);
        Kpi.flush();
        audit.record("UPDATE", "Kpi", k.id, before, KpiView.of(k));
        return k;
    }

    public void deleteKpi(Kpi k, Long version) {
        guard.requireEditable(k.objective.term);
        requireVersion(version, k.version, "KPI");
        if (ProgressEntry.count("kpi", k) > 0) {
            throw ApiError.conflict("KPI " + k.metric.code + " already has progress entries; it cannot be deleted.");
        }
        KpiView before = KpiView.of(k);
        k.objective.kpis.remove(k);
        k.delete();
        audit.record("DELETE", "Kpi", k.id, before, null);
    }

    private void apply(Objective o, ObjectiveRequest in) {
        Validation v = new Validation()
                .text(in.title(), "title", 200)
                .optionalText(in.description(), "description", 4000)
                .range(in.weight(), 1, 100, "weight")
                .text(in.perspective(), "perspective", 40)
                .require(in.perspective() == null || in.perspective().isBlank()
                        || config.perspectives().contains(in.perspective()), "perspective",
                        "Choose one of " + String.join(", ", config.perspectives()) + ".");
        Objective continues = null;
        if (in.continues() != null) {
            Term previous = Term.previousOf(o.term).orElse(null);
            continues = Objective.findById(in.continues());
            v.require(continues != null && previous != null && continues.term.id.equals(previous.id), "continues",
                    "Only an objective of the group's previous term can be continued.");
        }
        v.check();
        o.title = in.title().trim();
        o.description = in.description() == null ? "" : in.description().trim();
        o.weight = in.weight();
        o.perspective = in.perspective();
        o.continues = continues;
    }

    private void apply(Kpi k, KpiRequest in) {
        Validation v = new Validation().text(in.metric(), "metric", 40).range(in.weight(), 1, 100, "weight");
        boolean lookup = in.metric() != null && !in.metric().isBlank() && in.metric().length() <= 40
                && Validation.isClean(in.metric());
        Metric metric = lookup ? Metric.byCode(in.metric().trim()).orElse(null) : null;
        v.require(!lookup || metric != null, "metric",
                "No metric " + in.metric() + " in the library.");
        v.require(in.target() != null, "target", "Required.");
        decimal(v, in.target(), "target");
        decimal(v, in.baseline(), "baseline");
        v.require(in.baseline() == null || in.target() == null || in.baseline().compareTo(in.target()) != 0,
                "target", "The target must differ from the baseline.");
        v.check();
        k.metric = metric;
        k.baseline = in.baseline();
        k.target = in.target();
        k.weight = in.weight();
    }

    static void decimal(Validation v, BigDecimal value, String field) {
        if (value != null) {
            v.require(value.abs().compareTo(LIMIT) < 0, field, "Too large.")
                    .require(value.stripTrailingZeros().scale() <= 6, field, "At most 6 decimals.");
        }
    }

    static void requireVersion(Long sent, long current, String what) {
        if (sent == null) {
            throw ApiError.invalid("version", "Send the version you read, so a concurrent change is not overwritten.");
        }
        if (sent != current) {
            throw ApiError.conflict("Someone else changed this " + what + " in the meantime (version " + current
                    + ", you had " + sent + "). Reload and apply your change again.");
        }
    }
}
