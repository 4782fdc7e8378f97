package com.termboard.scoring;

import java.util.List;

/** An objective of a term with its KPIs; {@code continuesId} links it to an objective of the previous term. */
public record ObjectiveInput(long id, String title, int weight, Long continuesId, List<KpiInput> kpis) {

    public ObjectiveInput {
        kpis = List.copyOf(kpis);
    }
}
