package com.termboard.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rotation dates by hand: six-month terms follow each other without gaps and month ends clamp. */
class RotationTest {

    @Test
    void sixMonthTermsFollowEachOther() {
        List<Rotation.Slot> slots = Rotation.plan(2, LocalDate.of(2025, 1, 1), 3, 6);
        assertEquals(new Rotation.Slot(0, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), slots.get(0));
        assertEquals(new Rotation.Slot(1, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)), slots.get(1));
        assertEquals(new Rotation.Slot(0, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), slots.get(2));
    }

    @Test
    void aTermStartingInSeptemberEndsAtTheEndOfFebruary() {
        assertEquals(LocalDate.of(2026, 2, 28), Rotation.defaultEnd(LocalDate.of(2025, 9, 1), 6));
        assertEquals(LocalDate.of(2028, 2, 29), Rotation.defaultEnd(LocalDate.of(2027, 9, 1), 6));
        List<Rotation.Slot> slots = Rotation.plan(1, LocalDate.of(2025, 9, 1), 2, 6);
        assertEquals(LocalDate.of(2026, 3, 1), slots.get(1).startDate());
        assertEquals(LocalDate.of(2026, 8, 31), slots.get(1).endDate());
    }

    @Test
    void termsStartingMidMonthDoNotDrift() {
        List<Rotation.Slot> slots = Rotation.plan(1, LocalDate.of(2025, 1, 31), 3, 1);
        assertEquals(LocalDate.of(2025, 2, 27), slots.get(0).endDate());
        assertEquals(LocalDate.of(2025, 2, 28), slots.get(1).startDate());
        assertEquals(LocalDate.of(2025, 3, 27), slots.get(1).endDate());
    }

    @Test
    void labelsNameHalvesAndQuarters() {
        assertEquals("2025 H1", Rotation.label(LocalDate.of(2025, 1, 1), 6));
        assertEquals("2025 H2", Rotation.label(LocalDate.of(2025, 7, 1), 6));
        assertEquals("2025 Q4", Rotation.label(LocalDate.of(2025, 10, 1), 3));
        assertEquals("2025-09", Rotation.label(LocalDate.of(2025, 9, 1), 6));
    }

    @Test
    void refusesAnEmptyRoster() {
        assertThrows(IllegalArgumentException.class, () -> Rotation.plan(0, LocalDate.of(2025, 1, 1), 1, 6));
    }

    @Test
    void statusFollowsTheDates() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2025, 6, 30);
        assertEquals(TermStatus.PLANNED, Term.statusOf(start, end, false, LocalDate.of(2024, 12, 31)));
        assertEquals(TermStatus.ACTIVE, Term.statusOf(start, end, false, start));
        assertEquals(TermStatus.ACTIVE, Term.statusOf(start, end, false, end));
        assertEquals(TermStatus.ENDED, Term.statusOf(start, end, false, LocalDate.of(2025, 7, 1)));
        assertEquals(TermStatus.CLOSED, Term.statusOf(start, end, true, LocalDate.of(2025, 3, 1)));
    }
}
