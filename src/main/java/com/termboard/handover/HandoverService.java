package com.termboard.handover;

import com.termboard.audit.AuditLog;
import com.termboard.handover.HandoverItem.Decision;
import com.termboard.handover.HandoverItem.Recommendation;
import com.termboard.handover.HandoverRequests.DecisionRequest;
import com.termboard.handover.HandoverRequests.NoteRequest;
import com.termboard.handover.HandoverRequests.RecommendationRequest;
import com.termboard.handover.HandoverViews.HandoverView;
import com.termboard.handover.HandoverViews.ItemView;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.plan.PlanRequests.KpiRequest;
import com.termboard.plan.PlanRequests.ObjectiveRequest;
import com.termboard.plan.PlanService;
import com.termboard.scorecard.Scorecards;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.system.Today;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.web.ApiError;
import com.termboard.web.CurrentUser;
import com.termboard.web.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the handover note and recommendations, and makes the incoming president's decisions; all audited. */
@ApplicationScoped
@Transactional
public class HandoverService {

    /** A decision made, with the objective it created in the new term (carry-over only). */
    public record Decided(HandoverItem item, Objective created) {
    }

    @Inject
    HandoverGuard guard;

    @Inject
    PlanService plans;

    @Inject
    Scorecards scorecards;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public HandoverView view(Term term) {
        List<Objective> objectives = Objective.ofTerm(term);
        return HandoverView.of(term, Term.nextOf(term).orElse(null), Handover.ofTerm(term).orElse(null), objectives,
                items(term));
    }

    /** The items of a term's objectives, keyed by the outgoing objective's id. */
    public static Map<Long, HandoverItem> items(Term term) {
        Map<Long, HandoverItem> byObjective = new HashMap<>();
        HandoverItem.<HandoverItem>list("SELECT i FROM HandoverItem i JOIN FETCH i.objective o "
                + "LEFT JOIN FETCH i.decidedBy WHERE o.term = ?1", term)
                .forEach(i -> byObjective.put(i.objective.id, i));
        return byObjective;
    }

    /** Replaces the note and the recommendations; objectives left out lose their recommendation. */
    public Handover saveNote(Term term, NoteRequest in) {
        guard.requireWriter(term);
        requireOpen(term, "The handover note");
        List<Objective> objectives = Objective.ofTerm(term);
        Map<Long, Recommendation> wanted = recommendations(in, objectives);
        Handover h = Handover.ofTerm(term).orElse(null);
        boolean created = h == null;
        Object before = created ? null : snapshot(h, objectives);
        if (created) {
            h = new Handover();
            h.term = term;
        }
        h.note = in.note().strip();
        h.updatedBy = me.user();
        h.updatedAt = Instant.now(clock);
        if (created) {
            h.persist();
        }
        Map<Long, HandoverItem> items = items(term);
        for (Objective o : objectives) {
            HandoverItem item = items.get(o.id);
            Recommendation r = wanted.get(o.id);
            if (item == null && r != null) {
                item = new HandoverItem();
                item.objective = o;
                item.recommendation = r;
                item.persist();
            } else if (item != null) {
                item.recommendation = r;
            }
        }
        Handover.flush();
        audit.record(created ? "CREATE" : "UPDATE", "Handover", h.id, before, snapshot(h, objectives));
        return h;
    }

    /** Carries an outgoing objective over into the next term's draft plan, or drops it with a reason; once only. */
    public Decided decide(Term term, DecisionRequest in) {
        guard.requireDecider(term);
        Term next = Term.nextOf(term).orElseThrow(() -> ApiError.conflict("The group has no next term yet."));
        requireOpen(term, "Handover decisions");
        Validation v = new Validation().require(in.objective() != null, "objective", "Required.");
        Objective o = in.objective() == null ? null : Objective.findById(in.objective(), LockModeType.PESSIMISTIC_WRITE);
        v.require(in.objective() == null || (o != null && o.term.id.equals(term.id)), "objective",
                "Choose an objective of the term " + term.label + ".");
        Decision d = HandoverRules.parse(Decision.class, in.decision());
        v.require(d != null, "decision", "Choose CARRY_OVER or DROP.");
        if (d == Decision.DROP) {
            v.text(in.reason(), "reason", 2000);
        } else {
            v.optionalText(in.reason(), "reason", 2000);
        }
        if (d == Decision.CARRY_OVER) {
            v.range(in.weight(), 1, 100, "weight");
        }
        v.check();
        HandoverItem item = items(term).get(o.id);
        if (item != null && item.decision != null) {
            throw ApiError.conflict("\"" + o.title + "\" was already " + (item.decision == Decision.DROP ? "dropped"
                    : "carried over") + " by " + item.decidedBy.username + "; a decision is made once.");
        }
        Object before = item == null ? null : ItemView.of(o, item);
        Objective created = d == Decision.CARRY_OVER ? carryOver(term, next, o, in.weight()) : null;
        if (item == null) {
            item = new HandoverItem();
            item.objective = o;
        }
        item.decision = d;
        item.reason = in.reason() == null || in.reason().isBlank() ? null : in.reason().strip();
        item.newObjective = created;
        item.decidedBy = me.user();
        item.decidedAt = Instant.now(clock);
        if (!item.isPersistent()) {
            item.persist();
        }
        HandoverItem.flush();
        audit.record("DECIDE", "HandoverItem", item.id, before, ItemView.of(o, item),
                d + " of objective " + o.id + " of term " + term.id
                        + (created == null ? "" : " into objective " + created.id + " of term " + next.id));
        return new Decided(item, created);
    }

    /** A linked objective in the next term's draft plan with the same KPIs, baselines at the closing actuals. */
    private Objective carryOver(Term term, Term next, Objective o, int weight) {
        if (next.closedAt != null || next.planStatus != PlanStatus.DRAFT) {
            throw ApiError.conflict("The plan of " + next.label + " is " + (next.closedAt != null ? "closed"
                    : next.planStatus.name().toLowerCase()) + "; objectives are carried over into a draft plan only.");
        }
        Map<Long, BigDecimal> closing = closingActuals(term);
        Objective created = plans.addObjective(next,
                new ObjectiveRequest(o.title, o.description, weight, o.perspective, o.id, null));
        for (Kpi k : List.copyOf(o.kpis)) {
            plans.addKpi(created, new KpiRequest(k.metric.code, HandoverRules.baseline(closing.get(k.id), k.target),
                    k.target, k.weight, null));
        }
        return created;
    }

    /** Each KPI's actual as the term's final scorecard has it: scored at the end date, by the KPI's aggregation. */
    private Map<Long, BigDecimal> closingActuals(Term term) {
        Map<Long, BigDecimal> actuals = new HashMap<>();
        scorecards.score(term.id, term.endDate).ifPresent(score -> {
            for (ObjectiveScore os : score.objectives()) {
                for (KpiScore ks : os.kpis()) {
                    actuals.put(ks.kpiId(), ks.actual());
                }
            }
        });
        return actuals;
    }

    private Map<Long, Recommendation> recommendations(NoteRequest in, List<Objective> objectives) {
        Validation v = new Validation();
        v.require(in.note() != null, "note", "Required.").optionalText(in.note(), "note", HandoverRules.NOTE_MAX);
        Map<Long, Recommendation> wanted = new LinkedHashMap<>();
        List<RecommendationRequest> sent = in.recommendations() == null ? List.of() : in.recommendations();
        for (int i = 0; i < sent.size(); i++) {
            RecommendationRequest r = sent.get(i);
            String field = "recommendations[" + i + "]";
            if (r == null) {
                v.require(false, field, "Required.");
                continue;
            }
            boolean ours = r.objective() != null && objectives.stream().anyMatch(o -> o.id.equals(r.objective()));
            v.require(ours, field + ".objective", "Choose an objective of this term.");
            v.require(r.objective() == null || !wanted.containsKey(r.objective()), field + ".objective",
                    "This objective is listed twice.");
            Recommendation rec = HandoverRules.parse(Recommendation.class, r.recommendation());
            v.require(rec != null, field + ".recommendation", "Choose CARRY_OVER or CLOSE.");
            if (ours && rec != null) {
                wanted.put(r.objective(), rec);
            }
        }
        v.check();
        return wanted;
    }

    private void requireOpen(Term term, String what) {
        if (term.closedAt != null) {
            throw ApiError.conflict("The term is closed; its handover can no longer change.");
        }
        if (!HandoverRules.isOpen(term, today.date())) {
            throw ApiError.conflict(what + " opens on " + HandoverRules.opensOn(term) + ", "
                    + HandoverRules.WINDOW_DAYS + " days before the term ends.");
        }
    }

    private static Map<String, Object> snapshot(Handover h, List<Objective> objectives) {
        Map<Long, HandoverItem> items = items(h.term);
        Map<String, Object> recs = new LinkedHashMap<>();
        for (Objective o : objectives) {
            HandoverItem i = items.get(o.id);
            recs.put(String.valueOf(o.id), i == null || i.recommendation == null ? null : i.recommendation.name());
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("note", h.note);
        s.put("recommendations", recs);
        return s;
    }
}
