package com.termboard.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A review cycle as the API shows it; reviewers' review status only for those who read completion. */
public record CycleView(Long id, Long term, String group, String termLabel, String name, LocalDate opensOn,
        LocalDate closesOn, @JsonProperty("final") boolean isFinal, String state, List<Reviewer> reviewers,
        long version) {

    /** An assigned reviewer; {@code status} is SUBMITTED, DRAFT, NOT_STARTED, or null when not shown. */
    public record Reviewer(String username, String displayName,
            @JsonProperty("conflict_of_interest") boolean conflictOfInterest, String status) {
    }

    public static CycleView of(ReviewCycle cycle, LocalDate today, Map<String, ReviewStatus> statuses) {
        List<Reviewer> reviewers = cycle.reviewers.stream()
                .sorted(java.util.Comparator.comparing(a -> a.reviewer.username))
                .map(a -> new Reviewer(a.reviewer.username, a.reviewer.displayName, a.conflictOfInterest,
                        statuses == null ? null
                                : statuses.containsKey(a.reviewer.username)
                                        ? statuses.get(a.reviewer.username).name() : "NOT_STARTED"))
                .toList();
        return new CycleView(cycle.id, cycle.term.id, cycle.term.group.code, cycle.term.label, cycle.name,
                cycle.opensOn, cycle.closesOn, cycle.isFinal, cycle.state(today), reviewers, cycle.version);
    }
}
