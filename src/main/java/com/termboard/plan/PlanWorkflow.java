package com.termboard.plan;

import com.termboard.audit.AuditLog;
import com.termboard.notify.Notice;
import com.termboard.notify.NotificationKind;
import com.termboard.notify.Notifications;
import com.termboard.session.CurrentUser;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** DRAFT → SUBMITTED → APPROVED, or back to DRAFT with a reason; each step audited. */
@ApplicationScoped
@Transactional
public class PlanWorkflow {

    @Inject
    CurrentUser me;

    @Inject
    PlanGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    /** The president submits a complete plan. */
    public void submit(Term term) {
        if (!guard.isPresident(term) && !me.isAdmin()) {
            throw ApiError.forbidden(Texts.of(PlanMessages.class).only_president_submits());
        }
        lock(term);
        require(term, PlanStatus.DRAFT, PlanMessages::cannot_submit);
        List<String> blockers = PlanBlocks.of(plan(term));
        if (!blockers.isEmpty()) {
            throw ApiError.conflict(Texts.of(PlanMessages.class).cannot_submit_yet(String.join(" ", blockers)));
        }
        change(term, PlanStatus.SUBMITTED, null, "SUBMIT");
        notifications.tell(User.withRole(Role.EXECUTIVE).stream().map(u -> u.id).toList(),
                notice(term, NotificationKind.PLAN_SUBMITTED).withPerson(term.president.displayName));
    }

    /** An executive or admin approves a submitted plan. */
    public void approve(Term term) {
        guard.requireApprover();
        lock(term);
        require(term, PlanStatus.SUBMITTED, PlanMessages::cannot_approve);
        change(term, PlanStatus.APPROVED, null, "APPROVE");
        notifications.tell(List.of(term.president.id), notice(term, NotificationKind.PLAN_APPROVED));
    }

    /** An executive or admin sends a submitted plan back to draft, saying why. */
    public void reject(Term term, String reason) {
        guard.requireApprover();
        new Validation().text(reason, "reason", 2000).check();
        lock(term);
        require(term, PlanStatus.SUBMITTED, PlanMessages::cannot_reject);
        change(term, PlanStatus.DRAFT, reason.trim(), "REJECT");
        notifications.tell(List.of(term.president.id),
                notice(term, NotificationKind.PLAN_SENT_BACK).withReason(reason.trim()));
    }

    private static Notice notice(Term term, NotificationKind kind) {
        return Notice.aboutTerm(kind, term.id, "/terms/" + term.id + "/plan", term.group.code, term.label);
    }

    private void change(Term term, PlanStatus to, String note, String action) {
        Map<String, Object> before = Map.of("planStatus", term.planStatus.name());
        term.planStatus = to;
        term.planNote = note;
        Term.flush();
        audit.record(action, "Term", term.id, before, note == null ? Map.of("planStatus", to.name())
                : Map.of("planStatus", to.name(), "reason", note));
    }

    /**
     * Reads the term again under an exclusive row lock before its status is checked and its plan read: a
     * concurrent step or edit of the same plan waits, or is waited for, instead of both deciding on old data.
     */
    private static void lock(Term term) {
        Term.getEntityManager().refresh(term, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Refuses a step from the wrong status; {@code status} is the one the step starts from. */
    private static void require(Term term, PlanStatus status, BiFunction<PlanMessages, String, String> refusal) {
        PlanMessages text = Texts.of(PlanMessages.class);
        if (term.closedAt != null) {
            throw ApiError.conflict(text.term_closed());
        }
        if (term.planStatus != status) {
            throw ApiError.conflict(refusal.apply(text, text.plan_state(term.planStatus)));
        }
    }

    /** The term's objectives with their KPIs and metrics, in plan order, in one statement. */
    public static List<Objective> plan(Term term) {
        return Objective.list("SELECT DISTINCT o FROM Objective o LEFT JOIN FETCH o.kpis k LEFT JOIN FETCH k.metric "
                + "WHERE o.term = ?1 ORDER BY o.position, o.id", term);
    }
}
