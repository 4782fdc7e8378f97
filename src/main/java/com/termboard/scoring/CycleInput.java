package com.termboard.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A review cycle of a term. {@code ratings} holds the ratings of SUBMITTED reviews only: drafts never count.
 * {@code assigned} and {@code submitted} (review counts) are passed through to the result for the scorecard.
 */
public record CycleInput(long id, String name, boolean isFinal, LocalDate opensOn, LocalDate closesOn, int assigned,
        int submitted, List<SubmittedRating> ratings) {

    public CycleInput {
        Objects.requireNonNull(closesOn, "closesOn");
        ratings = List.copyOf(ratings);
    }
}
