package com.termboard.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.progress.ProgressRules.AsOfProblem;
import com.termboard.progress.ProgressRules.DateProblem;
import com.termboard.progress.ProgressRules.Reason;
import com.termboard.progress.ProgressRules.Refusal;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a term takes progress and which as-of dates it takes (SPEC: approved plan, inside the term, grace days). */
class ProgressRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private static Term term(PlanStatus plan) {
        Term t = new Term();
        t.label = "DPBG-T3";
        t.startDate = START;
        t.endDate = END;
        t.planStatus = plan;
        return t;
    }

    private static Optional<Refusal> refusal(Term t, LocalDate today) {
        return ProgressRules.refusal(t, today, 14);
    }

    private static Refusal expected(Reason reason, PlanStatus plan) {
        // Last day of entry: 30 June + 14 days = 14 July.
        return new Refusal(reason, "DPBG-T3", plan, START, END, LocalDate.of(2026, 7, 14), 14);
    }

    @Test
    void anApprovedTermTakesProgressFromItsFirstDayToTheLastGraceDay() {
        Term t = term(PlanStatus.APPROVED);
        assertEquals(Optional.empty(), refusal(t, START));
        assertEquals(Optional.empty(), refusal(t, END));
        assertEquals(Optional.empty(), refusal(t, LocalDate.of(2026, 7, 14)));
        assertEquals(LocalDate.of(2026, 7, 14), ProgressRules.lastEntryDay(t, 14));
        assertEquals(END, ProgressRules.lastEntryDay(t, 0));
    }

    @Test
    void theDayAfterTheGraceDaysIsRefusedAsEnded() {
        assertEquals(Optional.of(expected(Reason.ENDED, PlanStatus.APPROVED)),
                refusal(term(PlanStatus.APPROVED), LocalDate.of(2026, 7, 15)));
    }

    @Test
    void beforeItsStartATermIsRefusedAsNotStarted() {
        assertEquals(Optional.of(expected(Reason.NOT_STARTED, PlanStatus.APPROVED)),
                refusal(term(PlanStatus.APPROVED), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aPlanNotApprovedIsRefusedWithItsStatusEvenInsideTheTerm() {
        LocalDate inside = LocalDate.of(2026, 3, 1);
        assertEquals(Optional.of(expected(Reason.PLAN_NOT_APPROVED, PlanStatus.DRAFT)),
                refusal(term(PlanStatus.DRAFT), inside));
        assertEquals(Optional.of(expected(Reason.PLAN_NOT_APPROVED, PlanStatus.SUBMITTED)),
                refusal(term(PlanStatus.SUBMITTED), inside));
    }

    @Test
    void aClosedTermIsRefusedAsClosedBeforeAnythingElse() {
        Term t = term(PlanStatus.DRAFT);
        t.closedAt = Instant.parse("2026-03-01T00:00:00Z");
        assertEquals(Optional.of(expected(Reason.CLOSED, PlanStatus.DRAFT)), refusal(t, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void anAsOfDateMustBeGivenInsideTheTermAndNotAfterToday() {
        Term t = term(PlanStatus.APPROVED);
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertEquals(Optional.empty(), ProgressRules.asOfProblem(START, t, today));
        assertEquals(Optional.empty(), ProgressRules.asOfProblem(today, t, today));
        assertEquals(Optional.of(new AsOfProblem(DateProblem.MISSING, START, END, today)),
                ProgressRules.asOfProblem(null, t, today));
        assertEquals(Optional.of(new AsOfProblem(DateProblem.OUTSIDE_TERM, START, END, today)),
                ProgressRules.asOfProblem(LocalDate.of(2025, 12, 31), t, today));
        assertEquals(Optional.of(new AsOfProblem(DateProblem.FUTURE, START, END, today)),
                ProgressRules.asOfProblem(LocalDate.of(2026, 3, 11), t, today));
    }

    @Test
    void inTheGraceDaysADateAfterTheEndIsOutsideTheTerm() {
        LocalDate today = LocalDate.of(2026, 7, 5);
        assertEquals(Optional.of(new AsOfProblem(DateProblem.OUTSIDE_TERM, START, END, today)),
                ProgressRules.asOfProblem(LocalDate.of(2026, 7, 1), term(PlanStatus.APPROVED), today));
        assertEquals(Optional.empty(), ProgressRules.asOfProblem(END, term(PlanStatus.APPROVED), today));
    }

    @Test
    void aNewEntryStartsAtTodayOrAtTheEndOnceTheTermHasEnded() {
        Term t = term(PlanStatus.APPROVED);
        assertEquals(LocalDate.of(2026, 3, 10), ProgressRules.defaultAsOf(t, LocalDate.of(2026, 3, 10)));
        assertEquals(END, ProgressRules.defaultAsOf(t, END));
        assertEquals(END, ProgressRules.defaultAsOf(t, LocalDate.of(2026, 7, 5)));
    }

    private static boolean farOff(String value, String last) {
        return ProgressRules.isFarOff(new BigDecimal(value), last == null ? null : new BigDecimal(last));
    }

    @Test
    void aValueTenTimesOrMoreAwayFromTheLastEntryIsFarOff() {
        // Last 1200: 12000 is exactly 10×, 120 exactly a tenth; 11999.99 and 120.01 are within.
        assertTrue(farOff("12000", "1200"));
        assertTrue(farOff("120", "1200"));
        assertTrue(farOff("0", "1200"));
        assertFalse(farOff("11999.99", "1200"));
        assertFalse(farOff("120.01", "1200"));
        assertFalse(farOff("1250", "1200"));
    }

    @Test
    void sizesAreComparedWhateverTheSignAndNothingIsFarOffFromNoneOrZero() {
        assertTrue(farOff("-50", "4"));
        assertFalse(farOff("-4.5", "4"));
        assertTrue(farOff("0.03", "-0.3"));
        assertFalse(farOff("1000000", null));
        assertFalse(farOff("1000000", "0"));
    }
}
