package com.termboard.handover;

import com.termboard.session.CurrentUser;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may see and act on a term's handover: executives and admins read it, the outgoing president (the term's)
 * writes the note, the incoming one (of the group's next term) decides; everyone else is refused.
 */
@RequestScoped
public class HandoverGuard {

    @Inject
    TermAccess access;

    @Inject
    CurrentUser me;

    /** The term if the current user may read its handover: 404 if missing, 403 otherwise. */
    public Term readable(Long id) {
        Term term = access.find(id);
        if (!canRead(term)) {
            throw ApiError.forbidden(Texts.of(HandoverMessages.class).forbidden_read());
        }
        return term;
    }

    /** Executives and admins, the term's president and the next term's. */
    public boolean canRead(Term term) {
        return me.readsReports() || isOutgoing(term) || isIncoming(term);
    }

    public boolean isOutgoing(Term term) {
        return access.isOwnTerm(term);
    }

    public boolean isIncoming(Term term) {
        return Term.nextOf(term).map(access::isOwnTerm).orElse(false);
    }

    public boolean canWriteNote(Term term) {
        return me.isAdmin() || isOutgoing(term);
    }

    public boolean canDecide(Term term) {
        return me.isAdmin() || isIncoming(term);
    }

    public void requireWriter(Term term) {
        if (!canWriteNote(term)) {
            throw ApiError.forbidden(Texts.of(HandoverMessages.class).forbidden_write());
        }
    }

    public void requireDecider(Term term) {
        if (!canDecide(term)) {
            throw ApiError.forbidden(Texts.of(HandoverMessages.class).forbidden_decide());
        }
    }
}
