package com.termboard.scoring;

/** One rating (1..5) that a reviewer gave an objective in a submitted review of a cycle. */
public record SubmittedRating(long cycleId, long reviewerId, long objectiveId, int rating) {

    public SubmittedRating {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5, was " + rating);
        }
    }
}
