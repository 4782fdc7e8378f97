package com.termboard.handover;

import com.termboard.audit.AuditLog;
import com.termboard.handover.HandoverItem.Decision;
import com.termboard.handover.HandoverItem.Recommendation;
import com.termboard.handover.HandoverRequests.DecisionRequest;
import com.termboard.handover.HandoverRequests.NoteRequest;
import com.termboard.handover.HandoverRequests.RecommendationRequest;
import com.termboard.handover.HandoverViews.HandoverView;
import com.termboard.handover.HandoverViews.ItemView;
import com.termboard.notify.Notice;
import com.termboard.notify.NotificationKind;
import com.termboard.notify.Notifications;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.plan.PlanRequests.KpiRequest;
import com.termboard.plan.PlanRequests.ObjectiveRequest;
import com.termboard.plan.PlanService;
import com.termboard.read.ReadModel;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
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
    Notifications notifications;

    @Inject
    PlanService plans;

    @Inject
    ReadModel reads;

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
        requireOpen(term, false);
        List<Objective> objectives = Objective.ofTerm(term);
        Map<Long, Recommendation> wanted = recommendations(in, objectives);
        Handover h = Handover.ofTerm(term).orElse(null);
        boolean created = h == null;
        boolean wasWritten = !created && h.note != null && !h.note.isBlank();
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
        if (!wasWritten && !h.note.isEmpty()) {
            Term.nextOf(term).ifPresent(next -> notifications.tell(List.of(next.president.id),
                    Notice.aboutTerm(NotificationKind.HANDOVER_NOTE_WRITTEN, term.id,
                            "/terms/" + term.id + "/handover", term.group.code, term.label)));
        }
        return h;
    }

    /** Carries an outgoing objective over into the next term's draft plan, or drops it with a reason; once only. */
    public Decided decide(Term term, DecisionRequest in) {
        guard.requireDecider(term);
        HandoverMessages text = Texts.of(HandoverMessages.class);
        Term next = Term.nextOf(term).orElseThrow(() -> ApiError.conflict(text.no_next_term_conflict()));
        requireOpen(term, true);
        Validation v = new Validation().require(in.objective() != null, "objective", Texts.msg().required());
        Objective o = in.objective() == null ? null : Objective.findById(in.objective(), LockModeType.PESSIMISTIC_WRITE);
        v.require(in.objective() == null || (o != null && o.term.id.equals(term.id)), "objective",
                text.choose_objective_of_term(term.label));
        Decision d = HandoverRules.parse(Decision.class, in.decision());
        v.require(d != null, "decision", text.choose_decision());
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
            throw ApiError.conflict(item.decision == Decision.DROP
                    ? text.already_dropped(o.title, item.decidedBy.username)
                    : text.already_carried_over(o.title, item.decidedBy.username));
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

    /**
     * Undoes a decision while the next term's plan is a draft: a carry-over's objective (with its KPIs) is removed
     * from that plan, and the item is undecided again; audited. 409 once the plan is submitted or approved.
     */
    public HandoverItem undo(Term term, Long objectiveId) {
        guard.requireDecider(term);
        HandoverMessages text = Texts.of(HandoverMessages.class);
        Term next = Term.nextOf(term).orElseThrow(() -> ApiError.conflict(text.no_next_term_conflict()));
        requireOpen(term, true);
        Objective o = objectiveId == null ? null : Objective.findById(objectiveId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null || !o.term.id.equals(term.id)) {
            throw ApiError.notFound(text.choose_objective_of_term(term.label));
        }
        HandoverItem item = items(term).get(o.id);
        if (item == null || item.decision == null) {
            throw ApiError.conflict(text.nothing_to_undo(o.title));
        }
        if (next.closedAt != null || next.planStatus != PlanStatus.DRAFT) {
            throw ApiError.conflict(text.undo_not_draft(o.title, next.label));
        }
        ItemView before = ItemView.of(o, item);
        Objective created = item.newObjective;
        item.newObjective = null;
        item.decision = null;
        item.reason = null;
        item.decidedBy = null;
        item.decidedAt = null;
        HandoverItem.flush();
        if (created != null) {
            plans.deleteObjective(created, created.version);
        }
        HandoverItem.flush();
        audit.record("UNDO", "HandoverItem", item.id, before, ItemView.of(o, item),
                "undo of " + before.decision() + " of objective " + o.id + " of term " + term.id
                        + (created == null ? "" : ", removed objective " + created.id + " of term " + next.id));
        return item;
    }

    /** A linked objective in the next term's draft plan with the same KPIs, baselines at the closing actuals. */
    private Objective carryOver(Term term, Term next, Objective o, int weight) {
        HandoverMessages text = Texts.of(HandoverMessages.class);
        if (next.closedAt != null) {
            throw ApiError.conflict(text.carry_into_closed(next.label));
        }
        if (next.planStatus != PlanStatus.DRAFT) {
            throw ApiError.conflict(text.carry_into_not_draft(next.label,
                    next.planStatus == PlanStatus.SUBMITTED ? text.status_submitted() : text.status_approved()));
        }
        String title = o.title.strip();
        if (Objective.ofTerm(next).stream().anyMatch(x -> x.title.strip().equalsIgnoreCase(title))) {
            throw ApiError.conflict(text.carry_duplicate(o.title, next.label));
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
        reads.score(term.id, term.endDate).ifPresent(score -> {
            for (ObjectiveScore os : score.objectives()) {
                for (KpiScore ks : os.kpis()) {
                    actuals.put(ks.kpiId(), ks.actual());
                }
            }
        });
        return actuals;
    }

    private Map<Long, Recommendation> recommendations(NoteRequest in, List<Objective> objectives) {
        HandoverMessages text = Texts.of(HandoverMessages.class);
        Validation v = new Validation();
        v.require(in.note() != null, "note", Texts.msg().required()).optionalText(in.note(), "note", HandoverRules.NOTE_MAX);
        Map<Long, Recommendation> wanted = new LinkedHashMap<>();
        List<RecommendationRequest> sent = in.recommendations() == null ? List.of() : in.recommendations();
        for (int i = 0; i < sent.size(); i++) {
            RecommendationRequest r = sent.get(i);
            String field = "recommendations[" + i + "]";
            if (r == null) {
                v.require(false, field, Texts.msg().required());
                continue;
            }
            boolean ours = r.objective() != null && objectives.stream().anyMatch(o -> o.id.equals(r.objective()));
            v.require(ours, field + ".objective", text.choose_objective());
            v.require(r.objective() == null || !wanted.containsKey(r.objective()), field + ".objective",
                    text.objective_twice());
            Recommendation rec = HandoverRules.parse(Recommendation.class, r.recommendation());
            v.require(rec != null, field + ".recommendation", text.choose_recommendation());
            if (ours && rec != null) {
                wanted.put(r.objective(), rec);
            }
        }
        v.check();
        return wanted;
    }

    /** 409 unless the note (or, with {@code decisions}, the decisions) may change today. */
    private void requireOpen(Term term, boolean decisions) {
        HandoverMessages text = Texts.of(HandoverMessages.class);
        if (term.closedAt != null) {
            throw ApiError.conflict(text.term_closed());
        }
        if (!HandoverRules.isOpen(term, today.date())) {
            String opensOn = Display.date(HandoverRules.opensOn(term));
            throw ApiError.conflict(decisions ? text.decisions_open_on(opensOn, HandoverRules.WINDOW_DAYS)
                    : text.note_opens_on(opensOn, HandoverRules.WINDOW_DAYS));
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
