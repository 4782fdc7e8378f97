package com.termboard.plan;

import com.termboard.session.CurrentUser;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;

/** Who may change a plan now: its president while it is a draft, an admin always (audited), nobody once closed. */
@Named("planGuard")
@RequestScoped
public class PlanGuard {

    @Inject
    CurrentUser me;

    @Inject
    TermAccess access;

    public boolean canEdit(Term term) {
        if (term.closedAt != null) {
            return false;
        }
        return me.isAdmin() || (isPresident(term) && term.planStatus == PlanStatus.DRAFT);
    }

    /**
     * Refuses unless the plan may change now. It first reads the term again under a shared row lock, so that an
     * edit and a concurrent submit, approve or reject of the same plan run one after the other: the edit sees
     * the new status (409), or the workflow step sees the edited plan.
     */
    public void requireEditable(Term term) {
        PlanMessages text = Texts.of(PlanMessages.class);
        Term.getEntityManager().refresh(term, LockModeType.PESSIMISTIC_READ);
        if (term.closedAt != null) {
            throw ApiError.conflict(text.plan_closed());
        }
        if (me.isAdmin()) {
            return;
        }
        if (!isPresident(term)) {
            throw ApiError.forbidden(text.only_president_changes());
        }
        if (term.planStatus != PlanStatus.DRAFT) {
            throw ApiError.conflict(text.plan_locked(text.plan_state(term.planStatus)));
        }
    }

    /** Executives and admins approve or send back submitted plans (and see the list of them, /approvals). */
    public boolean canApprove() {
        return me.isExecutive() || me.isAdmin();
    }

    public void requireApprover() {
        if (!canApprove()) {
            throw ApiError.forbidden(Texts.of(PlanMessages.class).only_approver());
        }
    }

    public boolean isPresident(Term term) {
        return access.isOwnTerm(term);
    }
}
