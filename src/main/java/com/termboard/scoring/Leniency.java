package com.termboard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reviewer leniency: how far each reviewer's ratings sit above or below their peers' for the same thing. */
public final class Leniency {

    /** What was rated: ratings are only comparable for the same objective in the same cycle. */
    private record Item(long cycleId, long objectiveId) {
    }

    private Leniency() {
    }

    /**
     * For each reviewer, ordered by reviewer id: the mean over their ratings of (rating − mean of the other
     * reviewers' ratings of the same objective in the same cycle). A rating nobody else gave a peer for is left out,
     * since there is nothing to compare it with; see {@link LeniencyResult} for what {@code ratings} counts.
     */
    public static Map<Long, LeniencyResult> leniency(List<SubmittedRating> all) {
        Map<Item, List<SubmittedRating>> byItem = all.stream()
                .collect(Collectors.groupingBy(r -> new Item(r.cycleId(), r.objectiveId())));
        Map<Long, List<BigDecimal>> deviations = new TreeMap<>();
        for (SubmittedRating rating : all) {
            List<BigDecimal> own = deviations.computeIfAbsent(rating.reviewerId(), id -> new ArrayList<>());
            List<BigDecimal> others = byItem.get(new Item(rating.cycleId(), rating.objectiveId())).stream()
                    .filter(other -> other.reviewerId() != rating.reviewerId())
                    .map(other -> BigDecimal.valueOf(other.rating()))
                    .toList();
            if (!others.isEmpty()) {
                own.add(BigDecimal.valueOf(rating.rating()).subtract(Decimals.mean(others)));
            }
        }
        Map<Long, LeniencyResult> results = new LinkedHashMap<>();
        deviations.forEach((reviewer, list) ->
                results.put(reviewer, new LeniencyResult(reviewer, list.size(), Decimals.mean(list))));
        return Collections.unmodifiableMap(results);
    }
}
