package com.termboard.review;

import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.termboard.web.forms.FormState;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link CyclePage}; completion only for those who read every report (admins, executives). */
@ApplicationScoped
public class CyclePages {

    @Inject
    CurrentUser me;

    private static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Today today;

    @Inject
    Clock clock;

    public CyclePage build(ReviewCycle cycle, Long failedReopen, FormState reopen) {
        boolean completion = me.readsReports();
        Map<Long, Review> byReviewer = new HashMap<>();
        if (completion) {
            Review.inCycle(cycle).forEach(r -> byReviewer.put(r.reviewer.id, r));
        }
        List<CyclePage.Row> rows = completion ? cycle.reviewers.stream()
                .sorted(Comparator.comparing(a -> a.reviewer.username))
                .map(a -> {
                    Review r = byReviewer.get(a.reviewer.id);
                    return new CyclePage.Row(a.reviewer.username, a.reviewer.displayName, a.conflictOfInterest,
                            r == null ? "NOT_STARTED" : r.status.name(), r == null ? null : r.id,
                            r == null || r.submittedAt == null ? null
                                    : SUBMITTED_AT.format(r.submittedAt.atZone(clock.getZone())),
                            r != null && r.id.equals(failedReopen) ? reopen : FormState.empty());
                }).toList() : List.of();
        return new CyclePage(cycle.id, cycle.term.id, cycle.term.group.code, cycle.term.label, cycle.name,
                cycle.opensOn, cycle.closesOn, cycle.isFinal, cycle.state(today.date()),
                me.isReviewer() && cycle.isAssigned(me.username()), completion, me.isAdmin(), rows,
                count(rows, "SUBMITTED"), count(rows, "DRAFT"), count(rows, "NOT_STARTED"));
    }

    private static long count(List<CyclePage.Row> rows, String status) {
        return rows.stream().filter(r -> status.equals(r.status())).count();
    }
}
