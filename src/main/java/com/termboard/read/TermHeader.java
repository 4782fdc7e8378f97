package com.termboard.read;

import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.term.TermStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What a report shows about a term besides its numbers: group, president, dates, label and statuses. */
public record TermHeader(long id, String group, String groupName, int sequence, String label, String president,
        String presidentName, LocalDate startDate, LocalDate endDate, PlanStatus planStatus, boolean closed) {

    public TermStatus status(LocalDate today) {
        return Term.statusOf(startDate, endDate, closed, today);
    }

    /** Days from today to the end date (negative once ended). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, endDate);
    }

    /** e.g. "DPBG 2025 H1 · Lin Qiao", the name of a term in report columns. */
    public String title() {
        return group + " " + label + " · " + presidentName;
    }
}
