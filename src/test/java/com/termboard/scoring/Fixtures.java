package com.termboard.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Short builders and BigDecimal assertions for the scoring tests. */
final class Fixtures {

    private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");

    private Fixtures() {
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** An entry entered at noon of its as-of date, which keeps enteredAt in step with asOf unless a test says not. */
    static ProgressPoint entry(long id, String asOf, String value) {
        return new ProgressPoint(id, date(asOf), dec(value), noon(asOf), null);
    }

    static ProgressPoint entry(long id, String asOf, String value, Instant enteredAt, Long supersedesId) {
        return new ProgressPoint(id, date(asOf), dec(value), enteredAt, supersedesId);
    }

    static Instant noon(String isoDate) {
        return date(isoDate).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static KpiInput kpi(long id, Direction direction, Aggregation aggregation, String baseline, String target,
            int weight, ProgressPoint... entries) {
        return new KpiInput(id, "M" + id, direction, aggregation, dec(baseline), dec(target), weight,
                List.of(entries));
    }

    static KpiScore kpiScore(long id, int weight, String attainment) {
        return new KpiScore(id, null, dec("1"), weight, dec(attainment), dec(attainment), null, attainment == null
                ? 0 : 1);
    }

    static ObjectiveInput objective(long id, int weight, Long continuesId, KpiInput... kpis) {
        return new ObjectiveInput(id, "Objective " + id, weight, continuesId, List.of(kpis));
    }

    static SubmittedRating rating(long cycleId, long reviewerId, long objectiveId, int rating) {
        return new SubmittedRating(cycleId, reviewerId, objectiveId, rating);
    }

    static CycleInput cycle(long id, boolean isFinal, String closesOn, SubmittedRating... ratings) {
        LocalDate closes = date(closesOn);
        return new CycleInput(id, "Cycle " + id, isFinal, closes.minusDays(14), closes, 3, 3, List.of(ratings));
    }

    /** Equal by value (compareTo), so 0.50 equals 0.5: scale is a display matter. */
    static void assertNum(String expected, BigDecimal actual) {
        assertNotNull(actual, "expected " + expected + " but was null");
        assertEquals(0, dec(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    /** For irrational results (square roots), which DECIMAL64 can only approach. */
    static void assertApprox(String expected, BigDecimal actual) {
        assertNotNull(actual, "expected about " + expected + " but was null");
        assertTrue(dec(expected).subtract(actual).abs().compareTo(TOLERANCE) <= 0,
                "expected about " + expected + " but was " + actual);
    }
}
