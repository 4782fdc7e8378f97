package com.termboard.progress;

import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When progress may be entered for a term and for which dates; every refusal says why, as facts that
 * {@link ProgressRefusals} puts in the request's language.
 */
public final class ProgressRules {

    /** Why a term takes no progress. */
    public enum Reason {
        CLOSED, PLAN_NOT_APPROVED, NOT_STARTED, ENDED
    }

    /**
     * Why nothing can be entered for the term today: its label, its plan status, its dates, and the last day of
     * entry with the grace days that make it.
     */
    public record Refusal(Reason reason, String term, PlanStatus plan, LocalDate start, LocalDate end,
            LocalDate lastDay, int graceDays) {
    }

    /** What is wrong with an as-of date. */
    public enum DateProblem {
        MISSING, OUTSIDE_TERM, FUTURE
    }

    /** What is wrong with an as-of date, with the term's dates and today to name in the message. */
    public record AsOfProblem(DateProblem problem, LocalDate start, LocalDate end, LocalDate today) {
    }

    /**
     * A value ten times or more away from the KPI's last entry (at least 10× or at most a tenth of it, by size): a
     * typo more often than a fact, so the form asks before storing it.
     */
    public record FarOff(long kpiId, String metric, BigDecimal value, BigDecimal last, LocalDate lastAsOf) {
    }

    private static final BigDecimal TEN = BigDecimal.TEN;

    private ProgressRules() {
    }

    /** Whether {@code value} is at least ten times, or at most a tenth of, {@code last}; never against no or 0. */
    public static boolean isFarOff(BigDecimal value, BigDecimal last) {
        if (value == null || last == null || last.signum() == 0) {
            return false;
        }
        BigDecimal size = value.abs();
        BigDecimal lastSize = last.abs();
        return size.compareTo(lastSize.multiply(TEN)) >= 0 || size.multiply(TEN).compareTo(lastSize) <= 0;
    }

    /** Why nothing can be entered for the term today, or empty when entry is open. */
    public static Optional<Refusal> refusal(Term term, LocalDate today, int graceDays) {
        LocalDate lastDay = lastEntryDay(term, graceDays);
        Reason reason = null;
        if (term.closedAt != null) {
            reason = Reason.CLOSED;
        } else if (term.planStatus != PlanStatus.APPROVED) {
            reason = Reason.PLAN_NOT_APPROVED;
        } else if (today.isBefore(term.startDate)) {
            reason = Reason.NOT_STARTED;
        } else if (today.isAfter(lastDay)) {
            reason = Reason.ENDED;
        }
        return Optional.ofNullable(reason).map(r -> new Refusal(r, term.label, term.planStatus, term.startDate,
                term.endDate, lastDay, graceDays));
    }

    /** The last day on which progress may be entered: the end date plus the grace days. */
    public static LocalDate lastEntryDay(Term term, int graceDays) {
        return term.endDate.plusDays(graceDays);
    }

    /** What is wrong with an as-of date, or empty: it must be given, lie inside the term and not after today. */
    public static Optional<AsOfProblem> asOfProblem(LocalDate asOf, Term term, LocalDate today) {
        DateProblem problem = null;
        if (asOf == null) {
            problem = DateProblem.MISSING;
        } else if (asOf.isBefore(term.startDate) || asOf.isAfter(term.endDate)) {
            problem = DateProblem.OUTSIDE_TERM;
        } else if (asOf.isAfter(today)) {
            problem = DateProblem.FUTURE;
        }
        return Optional.ofNullable(problem).map(p -> new AsOfProblem(p, term.startDate, term.endDate, today));
    }

    /** The as-of date a new entry starts with: today, or the end date once the term has ended. */
    public static LocalDate defaultAsOf(Term term, LocalDate today) {
        return today.isAfter(term.endDate) ? term.endDate : today;
    }
}
