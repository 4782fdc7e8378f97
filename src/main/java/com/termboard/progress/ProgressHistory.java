package com.termboard.progress;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entries of some KPIs, newest first, each knowing which later entry superseded it. */
public record ProgressHistory(List<ProgressEntry> entries, Map<Long, Long> supersededBy) {

    /** The entries of the given KPIs with who entered them, newest as-of date first, in one statement. */
    public static List<ProgressEntry> entriesOf(Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return ProgressEntry.list("SELECT e FROM ProgressEntry e JOIN FETCH e.enteredBy JOIN FETCH e.kpi "
                + "LEFT JOIN FETCH e.supersedes WHERE e.kpi.id IN ?1 "
                + "ORDER BY e.asOf DESC, e.enteredAt DESC, e.id DESC", kpiIds);
    }

    public static ProgressHistory of(List<ProgressEntry> entries) {
        Map<Long, Long> by = new HashMap<>();
        for (ProgressEntry e : entries) {
            if (e.supersedes != null) {
                by.put(e.supersedes.id, e.id);
            }
        }
        return new ProgressHistory(entries, by);
    }

    public List<ProgressView> views() {
        return entries.stream().map(e -> ProgressView.of(e, supersededBy.get(e.id))).toList();
    }

    public List<ProgressEntry> ofKpi(long kpiId) {
        return entries.stream().filter(e -> e.kpi.id == kpiId).toList();
    }
}
