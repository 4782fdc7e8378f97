package com.termboard.scoring;

import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.metric.Direction.LOWER_IS_BETTER;
import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.dec;
import static com.termboard.scoring.Fixtures.kpi;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.termboard.metric.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    private final Scoring scoring = new Scoring(ScoringSettings.defaults());

    private BigDecimal attainment(Direction direction, String baseline, String target, String actual) {
        return scoring.attainment(kpi(1, direction, LATEST, baseline, target, 100), dec(actual));
    }

    @Test
    void higherWithBaseline() {
        // (128 − 100) / (150 − 100) = 28 / 50 = 0.56
        assertNum("0.56", attainment(HIGHER_IS_BETTER, "100", "150", "128"));
    }

    @Test
    void higherWithoutBaselineIsActualOverTarget() {
        // 90 / 120 = 0.75
        assertNum("0.75", attainment(HIGHER_IS_BETTER, null, "120", "90"));
    }

    @Test
    void lowerWithBaseline() {
        // (10 − 8) / (10 − 5) = 2 / 5 = 0.4
        assertNum("0.4", attainment(LOWER_IS_BETTER, "10", "5", "8"));
    }

    @Test
    void lowerWithoutBaselineIsTargetOverActual() {
        // 2 / 2.5 = 0.8
        assertNum("0.8", attainment(LOWER_IS_BETTER, null, "2", "2.5"));
    }

    @Test
    void lowerWithoutBaselineAndActualZeroOrBelowGivesTheCap() {
        assertNum("1.5", attainment(LOWER_IS_BETTER, null, "2", "0"));
        assertNum("1.5", attainment(LOWER_IS_BETTER, null, "2", "-1"));
    }

    @Test
    void overAchievementIsCappedAt1Point5() {
        // (200 − 100) / (150 − 100) = 2 → 1.5
        assertNum("1.5", attainment(HIGHER_IS_BETTER, "100", "150", "200"));
        // (10 − 0) / (10 − 5) = 2 → 1.5
        assertNum("1.5", attainment(LOWER_IS_BETTER, "10", "5", "0"));
        // 1.2 / 1 stays below the cap: 1.2
        assertNum("1.2", attainment(HIGHER_IS_BETTER, null, "1", "1.2"));
    }

    @Test
    void negativeAttainmentIsClampedToZero() {
        // (90 − 100) / (150 − 100) = −0.2 → 0
        assertNum("0", attainment(HIGHER_IS_BETTER, "100", "150", "90"));
        // (10 − 12) / (10 − 5) = −0.4 → 0
        assertNum("0", attainment(LOWER_IS_BETTER, "10", "5", "12"));
    }

    @Test
    void theCapIsConfigurable() {
        Scoring strict = new Scoring(new ScoringSettings(dec("1.2"), dec("0.6")));
        // 200 / 100 = 2 → 1.2
        assertNum("1.2", strict.attainment(kpi(1, HIGHER_IS_BETTER, LATEST, null, "100", 100), dec("200")));
        // lower, no baseline, actual 0 → the configured cap
        assertNum("1.2", strict.attainment(kpi(1, LOWER_IS_BETTER, LATEST, null, "2", 100), dec("0")));
    }

    @Test
    void noActualGivesNoAttainment() {
        assertNull(attainment(HIGHER_IS_BETTER, "100", "150", null));
    }

    @Test
    void aFormulaThatWouldDivideByZeroGivesNoAttainment() {
        // target == baseline (forbidden by plan validation) and higher-is-better with target 0 and no baseline
        assertNull(attainment(HIGHER_IS_BETTER, "100", "100", "120"));
        assertNull(attainment(LOWER_IS_BETTER, "5", "5", "4"));
        assertNull(attainment(HIGHER_IS_BETTER, null, "0", "3"));
    }
}
