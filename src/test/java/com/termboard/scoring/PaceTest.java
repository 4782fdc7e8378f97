package com.termboard.scoring;

import static com.termboard.metric.Aggregation.SUM;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.date;
import static com.termboard.scoring.Fixtures.dec;
import static com.termboard.scoring.Fixtures.entry;
import static com.termboard.scoring.Fixtures.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {

    // Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 = 184 days
    private static final LocalDate START = date("2025-07-01");
    private static final LocalDate END = date("2025-12-31");

    @Test
    void elapsedIsZeroBeforeTheTermStarts() {
        assertNum("0", Pace.elapsed(START, END, date("2025-06-30")));
        assertNum("0", Pace.elapsed(START, END, date("2025-01-01")));
    }

    @Test
    void elapsedCountsTheStartDayItself() {
        // 1 / 184
        assertNum("0.005434782608695652", Pace.elapsed(START, END, START));
    }

    @Test
    void elapsedOfAnActiveTerm() {
        // Jul 1..Sep 30 inclusive = 31 + 31 + 30 = 92 days; 92 / 184 = 0.5
        assertNum("0.5", Pace.elapsed(START, END, date("2025-09-30")));
        // Jul 1..Dec 30 = 183 days; 183 / 184 = 0.9945652173913043
        assertNum("0.9945652173913043", Pace.elapsed(START, END, date("2025-12-30")));
    }

    @Test
    void elapsedIsOneOnAndAfterTheEndDate() {
        assertNum("1", Pace.elapsed(START, END, END));
        assertNum("1", Pace.elapsed(START, END, date("2026-03-01")));
    }

    @Test
    void referenceDateIsAsOfForALiveTermAndTheEndDateForAnEndedOne() {
        TermInput term = new TermInput(1, START, END, List.of(), List.of());
        assertEquals(date("2025-09-30"), Scoring.referenceDate(term, date("2025-09-30")));
        assertEquals(END, Scoring.referenceDate(term, END));
        assertEquals(END, Scoring.referenceDate(term, date("2026-02-15")));
    }

    @Test
    void statusAtTheBoundaries() {
        // A 10-day term on its 4th day: f = 4 / 10 = 0.4, 0.85 f = 0.34
        BigDecimal f = Pace.elapsed(date("2025-01-01"), date("2025-01-10"), date("2025-01-04"));
        assertNum("0.4", f);
        assertEquals(PaceStatus.ON_TRACK, Pace.status(dec("0.41"), f));
        assertEquals(PaceStatus.ON_TRACK, Pace.status(dec("0.4"), f), "exactly f is on track");
        assertEquals(PaceStatus.AT_RISK, Pace.status(dec("0.3999"), f));
        assertEquals(PaceStatus.AT_RISK, Pace.status(dec("0.34"), f), "exactly 0.85 f is at risk");
        assertEquals(PaceStatus.OFF_TRACK, Pace.status(dec("0.3399"), f));
        assertEquals(PaceStatus.OFF_TRACK, Pace.status(BigDecimal.ZERO, f));
        assertNull(Pace.status(null, f), "no data, no status");
    }

    @Test
    void anEndedTermNeedsFullAttainmentToBeOnTrack() {
        // f = 1: 1 is on track, 0.85 at risk, 0.8499 off track
        assertEquals(PaceStatus.ON_TRACK, Pace.status(BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(PaceStatus.AT_RISK, Pace.status(dec("0.85"), BigDecimal.ONE));
        assertEquals(PaceStatus.OFF_TRACK, Pace.status(dec("0.8499"), BigDecimal.ONE));
    }

    @Test
    void kpiScoreCarriesActualAttainmentStatusAndEntryCount() {
        Scoring scoring = new Scoring(ScoringSettings.defaults());
        // SUM 18 + 18 + 18 = 54 (the Oct entry is after ref); 54 / 120 = 0.45; f = 0.5, 0.85 f = 0.425 → AT_RISK
        KpiInput kpi = kpi(5, HIGHER_IS_BETTER, SUM, null, "120", 50, entry(1, "2025-07-31", "18"),
                entry(2, "2025-08-31", "18"), entry(3, "2025-09-30", "18"), entry(4, "2025-10-31", "18"));
        KpiScore score = scoring.kpiScore(kpi, date("2025-09-30"), dec("0.5"));
        assertEquals(5, score.kpiId());
        assertEquals(50, score.weight());
        assertNum("54", score.actual());
        assertNum("0.45", score.attainment());
        assertEquals(PaceStatus.AT_RISK, score.status());
        assertEquals(3, score.entries());
    }

    @Test
    void kpiScoreWithoutDataHasNullsAndZeroEntries() {
        Scoring scoring = new Scoring(ScoringSettings.defaults());
        KpiScore score = scoring.kpiScore(kpi(5, HIGHER_IS_BETTER, SUM, null, "120", 50), END, BigDecimal.ONE);
        assertNull(score.actual());
        assertNull(score.attainment());
        assertNull(score.status());
        assertEquals(0, score.entries());
    }
}
