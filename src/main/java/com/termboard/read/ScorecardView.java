package com.termboard.read;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.termboard.scoring.PaceStatus;
import com.termboard.term.PlanStatus;
import com.termboard.term.TermStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The term scorecard in exactly the JSON shape of SPEC.md: unrounded numbers, null where there is no data. */
public record ScorecardView(TermRef term, LocalDate asOf, BigDecimal elapsed, BigDecimal kpiScore,
        BigDecimal coverage, BigDecimal reviewScore, BigDecimal composite, BigDecimal continuity,
        List<ObjectiveRow> objectives, List<CycleRow> cycles) {

    /** The term the numbers belong to; its status is today's. */
    public record TermRef(long id, String group, String president, LocalDate startDate, LocalDate endDate,
            TermStatus status, PlanStatus planStatus) {
    }

    public record ObjectiveRow(long id, String title, int weight, BigDecimal kpiScore, BigDecimal coverage,
            List<KpiRow> kpis, List<ObjectiveCycleRow> cycles) {
    }

    public record KpiRow(long id, String metric, BigDecimal baseline, BigDecimal target, int weight,
            BigDecimal actual, BigDecimal attainment, PaceStatus status, int entries) {
    }

    /** The ratings of one objective in one cycle. */
    public record ObjectiveCycleRow(long cycle, BigDecimal mean, BigDecimal spread, boolean disagreement,
            int ratings) {
    }

    public record CycleRow(long id, String name, @JsonProperty("final") boolean isFinal, LocalDate opensOn,
            LocalDate closesOn, BigDecimal reviewScore, int assigned, int submitted) {
    }
}
