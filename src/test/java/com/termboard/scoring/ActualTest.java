package com.termboard.scoring;

import static com.termboard.metric.Aggregation.AVERAGE;
import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.date;
import static com.termboard.scoring.Fixtures.entry;
import static com.termboard.scoring.Fixtures.kpi;
import static com.termboard.scoring.Fixtures.noon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActualTest {

    private static final LocalDate REF = date("2025-09-30");

    @Test
    void latestTakesTheEntryWithTheLatestAsOfDateNotTheLatestEntered() {
        // Aug 31 entered on Sep 20 is older data than Sep 15 entered on Sep 16: as-of date decides.
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, LATEST, null, "100",
                100, entry(1, "2025-09-15", "40", noon("2025-09-16"), null),
                entry(2, "2025-08-31", "99", noon("2025-09-20"), null));
        assertNum("40", Scoring.actual(kpi, REF));
    }

    @Test
    void latestTieOnAsOfDateIsBrokenByTheLatestEntered() {
        // Both dated Aug 31; id 1 was entered later, so its 125 wins over id 2's 120.
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, LATEST, null, "150", 100,
                entry(1, "2025-08-31", "125", noon("2025-09-02"), null),
                entry(2, "2025-08-31", "120", noon("2025-09-01"), null));
        assertNum("125", Scoring.actual(kpi, REF));
    }

    @Test
    void latestTieOnAsOfAndEnteredAtIsBrokenByTheHigherId() {
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, LATEST, null, "150", 100,
                entry(7, "2025-08-31", "70", noon("2025-09-01"), null),
                entry(3, "2025-08-31", "30", noon("2025-09-01"), null));
        assertNum("70", Scoring.actual(kpi, REF));
    }

    @Test
    void sumAddsTheValues() {
        // 18 + 18.5 + 17.25 = 53.75
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, SUM, null, "120", 100,
                entry(1, "2025-07-31", "18"), entry(2, "2025-08-31", "18.5"), entry(3, "2025-09-30", "17.25"));
        assertNum("53.75", Scoring.actual(kpi, REF));
    }

    @Test
    void averageIsTheArithmeticMean() {
        // (9 + 8 + 7) / 3 = 8
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, AVERAGE, null, "5", 100,
                entry(1, "2025-07-31", "9"), entry(2, "2025-08-31", "8"), entry(3, "2025-09-30", "7"));
        assertNum("8", Scoring.actual(kpi, REF));
    }

    @Test
    void averageKeepsDecimal64Precision() {
        // (1 + 1 + 2) / 3 = 1.333… to 16 significant digits
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, AVERAGE, null, "5", 100,
                entry(1, "2025-07-31", "1"), entry(2, "2025-08-31", "1"), entry(3, "2025-09-30", "2"));
        assertNum("1.333333333333333", Scoring.actual(kpi, REF));
    }

    @Test
    void supersededEntriesAreIgnoredAlongAChainOfCorrections() {
        // 1 is corrected by 2, 2 by 3: only 3 (value 12) and the untouched 4 (value 5) count. SUM = 17.
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, SUM, null, "100", 100,
                entry(1, "2025-08-31", "10"),
                entry(2, "2025-08-31", "11", noon("2025-09-01"), 1L),
                entry(3, "2025-08-31", "12", noon("2025-09-02"), 2L),
                entry(4, "2025-09-15", "5"));
        assertNum("17", Scoring.actual(kpi, REF));
        assertEquals(2, Scoring.effectiveEntries(kpi, REF).size());
    }

    @Test
    void supersededLatestEntryGivesWayToItsCorrection() {
        // 130 was entered as of Sep 20 by mistake; the correction says 128 as of Sep 15. The replaced entry, though
        // it has the later as-of date, must not win the LATEST pick.
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, LATEST, null, "150", 100,
                entry(1, "2025-09-20", "130", noon("2025-09-20"), null),
                entry(2, "2025-09-15", "128", noon("2025-09-21"), 1L));
        assertNum("128", Scoring.actual(kpi, REF));
    }

    @Test
    void aCorrectionDatedAfterTheReferenceDateStillRetiresTheEntryItReplaces() {
        // Entry 1 was wrong; its correction is dated Oct 5, after the reference date: neither counts on Sep 30.
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, SUM, null, "100", 100,
                entry(1, "2025-09-20", "10"),
                entry(2, "2025-10-05", "11", noon("2025-10-05"), 1L),
                entry(3, "2025-09-01", "4"));
        assertNum("4", Scoring.actual(kpi, REF));
    }

    @Test
    void entriesAfterTheReferenceDateAreIgnoredAndOnTheReferenceDateCount() {
        // Sep 30 (= ref) counts, Oct 1 does not: SUM = 3 + 4 = 7.
        KpiInput kpi = kpi(1, HIGHER_IS_BETTER, SUM, null, "100", 100,
                entry(1, "2025-09-01", "3"), entry(2, "2025-09-30", "4"), entry(3, "2025-10-01", "50"));
        assertNum("7", Scoring.actual(kpi, REF));
        assertEquals(2, Scoring.effectiveEntries(kpi, REF).size());
    }

    @Test
    void noEntriesGiveNoActual() {
        assertNull(Scoring.actual(kpi(1, HIGHER_IS_BETTER, SUM, null, "100", 100), REF));
        assertNull(Scoring.actual(kpi(1, HIGHER_IS_BETTER, LATEST, null, "100", 100,
                entry(1, "2025-10-01", "3")), REF));
    }
}
