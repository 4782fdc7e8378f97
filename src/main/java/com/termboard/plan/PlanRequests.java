package com.termboard.plan;

import java.math.BigDecimal;

/** Bodies of the plan API and the fields of the plan page's forms. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /** An objective to add or edit; {@code version} is the one read, required when editing. */
    public record ObjectiveRequest(String title, String description, Integer weight, String perspective,
            Long continues, Long version) {
    }

    /** A KPI to add or edit; {@code metric} is the metric's code. */
    public record KpiRequest(String metric, BigDecimal baseline, BigDecimal target, Integer weight, Long version) {
    }

    /** A rejection's reason. */
    public record Reason(String reason) {
    }
}
