package com.termboard.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.term.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The window of the note and the baseline a carried-over KPI starts from, without Quarkus. */
class HandoverRulesTest {

    @Test
    void theWindowOpensThirtyDaysBeforeTheEnd() {
        Term t = new Term();
        t.startDate = LocalDate.of(2026, 7, 1);
        t.endDate = LocalDate.of(2026, 12, 31);
        assertEquals(LocalDate.of(2026, 12, 1), HandoverRules.opensOn(t));
        assertFalse(HandoverRules.isOpen(t, LocalDate.of(2026, 11, 30)));
        assertTrue(HandoverRules.isOpen(t, LocalDate.of(2026, 12, 1)));
        assertTrue(HandoverRules.isOpen(t, LocalDate.of(2027, 3, 1)));
    }

    static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void theBaselineIsTheClosingActualToSixDecimals() {
        same("150", HandoverRules.baseline(new BigDecimal("150.000000"), new BigDecimal("200")));
        // An AVERAGE of 10, 10 and 11 is 10.333…; a KPI keeps six decimals.
        same("10.333333", HandoverRules.baseline(new BigDecimal("31").divide(
                new BigDecimal("3"), 20, java.math.RoundingMode.HALF_UP), new BigDecimal("12")));
        same("0.666667", HandoverRules.baseline(new BigDecimal("0.6666666666"), BigDecimal.ONE));
        // No data, no baseline; a baseline equal to the target is not a KPI, so the new president sets it.
        assertNull(HandoverRules.baseline(null, new BigDecimal("5")));
        assertNull(HandoverRules.baseline(new BigDecimal("5.0000001"), new BigDecimal("5")));
    }
}
