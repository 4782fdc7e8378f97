package com.termboard.progress;

import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.web.Display;
import com.termboard.web.Texts;
import java.time.LocalDate;
import java.util.Optional;

/** When progress may be entered for a term and for which dates; every refusal says why. */
public final class ProgressRules {

    private ProgressRules() {
    }

    /** Why nothing can be entered for the term today, or empty when entry is open. */
    public static Optional<String> refusal(Term term, LocalDate today, int graceDays) {
        ProgressMessages t = Texts.of(ProgressMessages.class);
        if (term.closedAt != null) {
            return Optional.of(t.refusal_closed(term.label));
        }
        if (term.planStatus != PlanStatus.APPROVED) {
            return Optional.of(t.refusal_plan(term.label, ProgressLabels.planStatus(term.planStatus)));
        }
        if (today.isBefore(term.startDate)) {
            return Optional.of(t.refusal_not_started(term.label, Display.date(term.startDate)));
        }
        LocalDate lastDay = lastEntryDay(term, graceDays);
        if (today.isAfter(lastDay)) {
            return Optional.of(t.refusal_ended(term.label, Display.date(term.endDate), Display.date(lastDay),
                    graceDays));
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
            return Texts.msg().required();
        }
        ProgressMessages t = Texts.of(ProgressMessages.class);
        if (asOf.isBefore(term.startDate) || asOf.isAfter(term.endDate)) {
            return t.as_of_outside(Display.date(term.startDate), Display.date(term.endDate));
        }
        if (asOf.isAfter(today)) {
            return t.as_of_future(Display.date(today));
        }
        return null;
    }

    /** The as-of date a new entry starts with: today, or the end date once the term has ended. */
    public static LocalDate defaultAsOf(Term term, LocalDate today) {
        return today.isAfter(term.endDate) ? term.endDate : today;
    }
}
