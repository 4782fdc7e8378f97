package com.termboard.term;

import com.termboard.handover.HandoverGuard;
import com.termboard.review.ReviewCycle;
import com.termboard.session.CurrentUser;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The links from one term page to the term's other pages (tags/termMenu.html), each only when the current user may
 * open it: the same checks the pages make (TermAccess, HandoverGuard, the reports' readers), not copies of them.
 */
@Named("termLinks")
@RequestScoped
public class TermLinks {

    /** One link: {@code page} names it (scorecard, plan, progress, cycles, handover, history). */
    public record Link(String page, String href, String label, boolean current) {
    }

    @Inject
    CurrentUser me;

    @Inject
    TermAccess access;

    @Inject
    HandoverGuard handover;

    /** The links of term {@code id} the current user may follow, {@code current} the page shown now. */
    public List<Link> of(Long id, String current) {
        Term term = id == null ? null : Term.findById(id);
        return term == null ? List.of() : ofTerm(term, current);
    }

    /** As {@link #of(Long, String)} for a term at hand. */
    public List<Link> ofTerm(Term term, String current) {
        long id = term.id;
        TermMessages text = Texts.of(TermMessages.class);
        List<Link> links = new ArrayList<>();
        if (access.canRead(term)) {
            links.add(link("scorecard", "/terms/" + id, text.menu_scorecard(), current));
            links.add(link("plan", "/terms/" + id + "/plan", text.menu_plan(), current));
            links.add(link("progress", "/terms/" + id + "/progress", text.menu_progress(), current));
            links.add(link("cycles", "/terms/" + id + "/cycles", text.menu_cycles(), current));
        }
        if (handover.canRead(term)) {
            links.add(link("handover", "/terms/" + id + "/handover", text.menu_handover(), current));
        }
        if (me.readsReports()) {
            links.add(link("history", "/reports/groups/" + term.group.code, text.menu_history(), current));
        }
        return links;
    }

    /** The term a review cycle reviews, with the links of its pages a reviewer looks at: scorecard, history. */
    public record Reviewed(Term term, List<Link> links) {
    }

    /** The term of cycle {@code cycleId} (the review form names its president and group) and its links. */
    public Reviewed reviewed(Long cycleId) {
        Term term = ReviewCycle.<ReviewCycle>findByIdOptional(cycleId).map(c -> c.term)
                .orElseThrow(() -> new IllegalArgumentException("no cycle " + cycleId));
        return new Reviewed(term, ofTerm(term, "").stream()
                .filter(l -> l.page().equals("scorecard") || l.page().equals("history")).toList());
    }

    private static Link link(String page, String href, String label, String current) {
        return new Link(page, href, label, page.equals(current));
    }
}
