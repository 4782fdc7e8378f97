package com.termboard.progress;

import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import java.time.LocalDate;
import java.util.Optional;

/** When progress may be entered for a term and for which dates; every refusal says why. */
public final class ProgressRules {

    private ProgressRules() {
    }

    /** Why nothing can be entered for the term today, or empty when entry is open. */
    public static Optional<String> refusal(Term term, LocalDate today, int graceDays) {
        if (term.closedAt != null) {
            return Optional.of("The term " + term.label + " is closed; nothing can be entered any more.");
        }
        if (term.planStatus != PlanStatus.APPROVED) {
            return Optional.of("The plan of " + term.label + " is " + term.planStatus
                    + "; progress can be entered once the plan is approved.");
        }
        if (today.isBefore(term.startDate)) {
            return Optional.of("The term " + term.label + " starts on " + term.startDate
                    + "; progress can be entered from then.");
        }
        LocalDate lastDay = lastEntryDay(term, graceDays);
        if (today.isAfter(lastDay)) {
            return Optional.of("The term " + term.label + " ended on " + term.endDate + "; progress could be entered "
                    + "until " + lastDay + " (" + graceDays + " days after its end).");
        }
        return Optional.empty();
    }

    /** The last day on which progress may be entered: the end date plus the grace days. */
    public static LocalDate lastEntryDay(Term term, int graceDays) {
        return term.endDate.plusDays(graceDays);
    }

    /** What is wrong with an as-of date, or null: it must lie inside the term and not after today. */
    public static String asOfProblem(LocalDate asOf, Term term, LocalDate today) {
        if (asOf == null) {
            return "Required.";
        }
        if (asOf.isBefore(term.startDate) || asOf.isAfter(term.endDate)) {
            return "Must be inside the term, " + term.startDate + " to " + term.endDate + ".";
        }
        if (asOf.isAfter(today)) {
            return "Cannot be in the future (today is " + today + ").";
        }
        return null;
    }

    /** The as-of date a new entry starts with: today, or the end date once the term has ended. */
    public static LocalDate defaultAsOf(Term term, LocalDate today) {
        return today.isAfter(term.endDate) ? term.endDate : today;
    }
}
