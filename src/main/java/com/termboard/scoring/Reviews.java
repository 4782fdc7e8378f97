package com.termboard.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The review side of scoring: per objective and cycle, per cycle, and which cycle gives the term its score. */
public final class Reviews {

    private static final int DISAGREEMENT_RANGE = 2;

    private Reviews() {
    }

    /** Mean, population spread and disagreement of the ratings of one objective in one cycle. */
    public static ObjectiveCycleScore objectiveCycleScore(CycleInput cycle, long objectiveId) {
        List<Integer> ratings = cycle.ratings().stream()
                .filter(r -> r.objectiveId() == objectiveId)
                .map(SubmittedRating::rating)
                .toList();
        if (ratings.isEmpty()) {
            return new ObjectiveCycleScore(cycle.id(), null, null, false, 0);
        }
        List<BigDecimal> values = ratings.stream().map(BigDecimal::valueOf).toList();
        BigDecimal spread = Decimals.populationStdDev(values);
        int range = Collections.max(ratings) - Collections.min(ratings);
        return new ObjectiveCycleScore(cycle.id(), Decimals.mean(values), spread, disagreement(spread, range),
                ratings.size());
    }

    /**
     * Disagreement when the spread is at least 1.0 or the range at least 2. With whole-number ratings a spread of
     * 1.0 already implies a range of 2 (spread ≤ range / 2); both tests stay because SPEC.md names both.
     */
    public static boolean disagreement(BigDecimal spread, int range) {
        return spread.compareTo(BigDecimal.ONE) >= 0 || range >= DISAGREEMENT_RANGE;
    }

    /**
     * Term review score of a cycle: mean of each objective's mean rating weighted by objective weight, over the
     * objectives that have ratings in the cycle; null when none has.
     */
    public static BigDecimal cycleReviewScore(CycleInput cycle, List<ObjectiveInput> objectives) {
        return Decimals.weightedMean(objectives, o -> objectiveCycleScore(cycle, o.id()).mean(),
                ObjectiveInput::weight);
    }

    /**
     * The cycle whose score is the term's review score: the final cycle when it has submitted ratings, else the
     * rated cycle that closes last (ties: the higher id, i.e. the one created later). Empty when no cycle is rated.
     */
    public static Optional<CycleInput> reviewCycle(List<CycleInput> cycles, List<ObjectiveInput> objectives) {
        List<CycleInput> rated = cycles.stream().filter(c -> cycleReviewScore(c, objectives) != null).toList();
        Optional<CycleInput> finalCycle = rated.stream().filter(CycleInput::isFinal).findFirst();
        if (finalCycle.isPresent()) {
            return finalCycle;
        }
        return rated.stream().max(Comparator.comparing(CycleInput::closesOn).thenComparingLong(CycleInput::id));
    }

    /** The term review score (see {@link #reviewCycle}); null when no cycle has submitted ratings. */
    public static BigDecimal termReviewScore(List<CycleInput> cycles, List<ObjectiveInput> objectives) {
        return reviewCycle(cycles, objectives).map(c -> cycleReviewScore(c, objectives)).orElse(null);
    }
}
