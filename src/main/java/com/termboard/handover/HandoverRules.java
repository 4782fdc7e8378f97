package com.termboard.handover;

import com.termboard.term.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The handover's rules that need no database: when the note opens and what a carried-over KPI starts from. */
public final class HandoverRules {

    /** The note may be written from this many days before the term's end. */
    public static final int WINDOW_DAYS = 30;

    public static final int NOTE_MAX = 20000;

    private HandoverRules() {
    }

    /** The first day the outgoing president may write the note and the incoming one decide. */
    public static LocalDate opensOn(Term term) {
        return term.endDate.minusDays(WINDOW_DAYS);
    }

    public static boolean isOpen(Term term, LocalDate today) {
        return !today.isBefore(opensOn(term));
    }

    /**
     * The baseline of a carried-over KPI: the closing actual, rounded to the six decimals a KPI stores (an AVERAGE
     * can have more). None when the KPI had no data, or when it equals the target, which a KPI may not have as its
     * baseline (the new president sets a new target and may then enter the baseline).
     */
    public static BigDecimal baseline(BigDecimal closingActual, BigDecimal target) {
        if (closingActual == null) {
            return null;
        }
        BigDecimal rounded = closingActual.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.compareTo(target) == 0 ? null : rounded;
    }

    /** The enum constant named {@code value}, or null when it names none. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
