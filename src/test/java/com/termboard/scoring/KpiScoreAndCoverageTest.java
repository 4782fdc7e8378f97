package com.termboard.scoring;

import static com.termboard.metric.Aggregation.LATEST;
import static com.termboard.metric.Direction.HIGHER_IS_BETTER;
import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.date;
import static com.termboard.scoring.Fixtures.dec;
import static com.termboard.scoring.Fixtures.entry;
import static com.termboard.scoring.Fixtures.kpi;
import static com.termboard.scoring.Fixtures.kpiScore;
import static com.termboard.scoring.Fixtures.objective;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiScoreAndCoverageTest {

    private final Scoring scoring = new Scoring(ScoringSettings.defaults());

    private static ObjectiveScore objectiveScore(int weight, String kpiScore, String coverage) {
        return new ObjectiveScore(1, weight, dec(kpiScore), dec(coverage), List.of(), List.of());
    }

    @Test
    void objectiveKpiScoreIsTheWeightedMeanOfAttainments() {
        // (0.56 × 60 + 0.4 × 40) / 100 = (33.6 + 16) / 100 = 0.496
        List<KpiScore> kpis = List.of(kpiScore(1, 60, "0.56"), kpiScore(2, 40, "0.4"));
        assertNum("0.496", Scoring.objectiveKpiScore(kpis));
        assertNum("1", Scoring.objectiveCoverage(kpis));
    }

    @Test
    void aKpiWithoutDataIsLeftOutOfTheMeanAndLowersCoverage() {
        // KPI 1 has 54 / 120 = 0.45; KPI 2 has no entries. Score = 0.45 × 50 / 50 = 0.45; coverage = 50 / 100 = 0.5
        ObjectiveInput objective = objective(1, 35, null,
                kpi(1, HIGHER_IS_BETTER, LATEST, null, "120", 50, entry(1, "2025-09-01", "54")),
                kpi(2, HIGHER_IS_BETTER, LATEST, null, "2", 50));
        ObjectiveScore score = scoring.objectiveScore(objective, List.of(), date("2025-09-30"), dec("0.5"));
        assertNum("0.45", score.kpiScore());
        assertNum("0.5", score.coverage());
        assertNull(score.kpis().get(1).attainment());
    }

    @Test
    void anObjectiveWithoutAnyDataHasNoScoreAndZeroCoverage() {
        List<KpiScore> kpis = List.of(kpiScore(1, 60, null), kpiScore(2, 40, null));
        assertNull(Scoring.objectiveKpiScore(kpis));
        assertNum("0", Scoring.objectiveCoverage(kpis));
    }

    @Test
    void anObjectiveWithoutKpisHasNeitherScoreNorCoverage() {
        assertNull(Scoring.objectiveKpiScore(List.of()));
        assertNull(Scoring.objectiveCoverage(List.of()));
    }

    @Test
    void termKpiScoreLeavesOutObjectivesWithoutDataButCoverageCountsThem() {
        List<ObjectiveScore> objectives = List.of(
                objectiveScore(40, "0.496", "1"), objectiveScore(35, "0.45", "0.5"), objectiveScore(25, null, "0"));
        // (0.496 × 40 + 0.45 × 35) / (40 + 35) = (19.84 + 15.75) / 75 = 35.59 / 75 = 0.474533…
        assertNum("0.4745333333333333", Scoring.termKpiScore(objectives));
        // (1 × 40 + 0.5 × 35 + 0 × 25) / 100 = 57.5 / 100 = 0.575
        assertNum("0.575", Scoring.termCoverage(objectives));
    }

    @Test
    void termCoverageWeighsEachKpiAsItsShareOfTheWholeTerm() {
        // Draft-like weights that do not sum to 100. Each KPI weighs objectiveWeight × kpiWeight / ΣkpiWeights:
        //   objective 60 with KPIs 30 (data) and 30 (none): 60 × 30 / 60 = 30 with data, 30 without
        //   objective 40 with one KPI 20 (data):             40 × 20 / 20 = 40 with data
        //   objective 10 without KPIs: no KPI weight at all, left out
        // coverage = (30 + 40) / (30 + 30 + 40) = 0.7 (raw KPI weights would say (30 + 20) / 80 = 0.625)
        List<ObjectiveInput> inputs = List.of(
                objective(1, 60, null, scored(1, 30), kpi(2, HIGHER_IS_BETTER, LATEST, null, "1", 30)),
                objective(2, 40, null, scored(3, 20)),
                objective(3, 10, null));
        List<ObjectiveScore> objectives = inputs.stream()
                .map(o -> scoring.objectiveScore(o, List.of(), date("2025-09-30"), dec("0.5")))
                .toList();
        assertNum("0.5", objectives.get(0).coverage());
        assertNum("1", objectives.get(1).coverage());
        assertNull(objectives.get(2).coverage());
        assertNum("0.7", Scoring.termCoverage(objectives));
    }

    private static KpiInput scored(long id, int weight) {
        return kpi(id, HIGHER_IS_BETTER, LATEST, null, "1", weight, entry(id, "2025-09-01", "1"));
    }

    @Test
    void termWithoutAnyDataHasNoKpiScore() {
        List<ObjectiveScore> objectives = List.of(objectiveScore(60, null, "0"), objectiveScore(40, null, "0"));
        assertNull(Scoring.termKpiScore(objectives));
        assertNum("0", Scoring.termCoverage(objectives));
        assertNull(Scoring.termCoverage(List.of()));
    }

    @Test
    void resultsAreNormalisedWithoutExponents() {
        // Trailing zeros go, but never into exponent form: 100.00 and 1E+2 both read "100" in JSON and CSV
        KpiScore score = new KpiScore(1, dec("100.00"), dec("1E+2"), 100, dec("148.0"), dec("0.9600"), null, 1);
        assertEquals("100", score.target().toString());
        assertEquals("100", score.baseline().toString());
        assertEquals("148", score.actual().toString());
        assertEquals("0.96", score.attainment().toString());
        assertEquals(new BigDecimal("0.96"), score.attainment());
    }
}
