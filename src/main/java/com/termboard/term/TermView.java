package com.termboard.term;

import java.time.LocalDate;

/** A term as the API lists it. */
public record TermView(Long id, String group, int sequence, String label, String president,
        String presidentName, LocalDate startDate, LocalDate endDate, TermStatus status, PlanStatus planStatus,
        long version) {

    public static TermView of(Term term, LocalDate today) {
        return new TermView(term.id, term.group.code, term.sequenceNo, term.label, term.president.username,
                term.president.displayName, term.startDate, term.endDate, term.status(today), term.planStatus,
                term.version);
    }
}
