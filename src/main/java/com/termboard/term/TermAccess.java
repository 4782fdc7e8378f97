package com.termboard.term;

import com.termboard.review.CycleReviewer;
import com.termboard.session.CurrentUser;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who may see or change a term, checked on the server for every page and API call: a missing term is 404,
 * someone else's is 403.
 */
@Named("termAccess")
@RequestScoped
public class TermAccess {

    @Inject
    CurrentUser me;

    /** The term, or 404. */
    public Term find(Long id) {
        Term term = id == null ? null : Term.findById(id);
        if (term == null) {
            throw ApiError.notFound(Texts.of(TermMessages.class).no_term(id));
        }
        return term;
    }

    /** Executives and admins read every term; a president their own; a reviewer the terms they review. */
    public boolean canRead(Term term) {
        return me.readsReports() || isOwnTerm(term) || (me.isReviewer() && reviews(term.id));
    }

    public boolean isOwnTerm(Term term) {
        return me.isPresident() && term.presidedBy(me.username());
    }

    /** The term if the current user may read it: 404 if missing, 403 if not theirs. */
    public Term readable(Long id) {
        Term term = find(id);
        if (!canRead(term)) {
            throw ApiError.forbidden(Texts.of(TermMessages.class).term_not_yours());
        }
        return term;
    }

    /**
     * As {@link #readable(Long)} for a term its caller has read without its entity (a report's header), and found
     * (else it answers 404 itself): 403 unless the current user may read term {@code id}, presided by the user named
     * {@code president}.
     */
    public void readable(long id, String president) {
        boolean mayRead = me.readsReports() || (me.isPresident() && me.username().equals(president))
                || (me.isReviewer() && reviews(id));
        if (!mayRead) {
            throw ApiError.forbidden(Texts.of(TermMessages.class).term_not_yours());
        }
    }

    /** The term if the current user is its president or an admin: 404 if missing, 403 otherwise. */
    public Term ownOrAdmin(Long id) {
        Term term = find(id);
        if (!me.isAdmin() && !isOwnTerm(term)) {
            throw ApiError.forbidden(Texts.of(TermMessages.class).only_president_or_admin());
        }
        return term;
    }

    private boolean reviews(long termId) {
        return CycleReviewer.count("cycle.term.id = ?1 AND reviewer.username = ?2", termId, me.username()) > 0;
    }
}
