package com.termboard.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Lays out consecutive terms from a roster: each starts the day after the previous one ends. */
public final class Rotation {

    /** The dates of one generated term and the roster position of its president. */
    public record Slot(int rosterIndex, LocalDate startDate, LocalDate endDate) {
    }

    private Rotation() {
    }

    /** The default end of a term: start + term length − 1 day (month ends clamp, 2025-09-01 + 6 months − 1 day = 2026-02-28). */
    public static LocalDate defaultEnd(LocalDate start, int termMonths) {
        return start.plusMonths(termMonths).minusDays(1);
    }

    /**
     * The next {@code count} terms from {@code start}, presidents taken from the roster in order and wrapping
     * around. Each term is measured from its own start, so months of different lengths never drift.
     */
    public static List<Slot> plan(int rosterSize, LocalDate start, int count, int termMonths) {
        if (rosterSize < 1 || count < 1 || termMonths < 1) {
            throw new IllegalArgumentException("roster, count and term length must be positive");
        }
        List<Slot> slots = new ArrayList<>(count);
        LocalDate next = start;
        for (int i = 0; i < count; i++) {
            LocalDate end = defaultEnd(next, termMonths);
            slots.add(new Slot(i % rosterSize, next, end));
            next = end.plusDays(1);
        }
        return slots;
    }

    /** A readable label, e.g. {@code 2025 H1} for a half-year starting in January, else {@code 2025-09}. */
    public static String label(LocalDate start, int termMonths) {
        if (termMonths == 6 && start.getDayOfMonth() == 1 && (start.getMonthValue() == 1 || start.getMonthValue() == 7)) {
            return start.getYear() + (start.getMonthValue() == 1 ? " H1" : " H2");
        }
        if (termMonths == 3 && start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0) {
            return start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
        }
        return String.format("%d-%02d", start.getYear(), start.getMonthValue());
    }
}
