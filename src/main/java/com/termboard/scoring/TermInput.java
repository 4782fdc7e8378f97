package com.termboard.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything needed to score one term: its dates, its objectives (with KPIs and entries) and its review cycles. */
public record TermInput(long id, LocalDate startDate, LocalDate endDate, List<ObjectiveInput> objectives,
        List<CycleInput> cycles) {

    public TermInput {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        objectives = List.copyOf(objectives);
        cycles = List.copyOf(cycles);
    }
}
