package com.termboard.review;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's own review of a cycle as {@code GET /api/cycles/{id}/reviews/me} shows it, one rating row per
 * objective of the term; {@code others} holds the other submitted reviews, and is null while they are hidden
 * (until this reviewer has submitted or the cycle has closed).
 */
public record ReviewView(Long id, Long cycle, String reviewer, String status, Long version, String comment,
        Instant submittedAt, boolean open, String message, List<RatingRow> ratings, List<Other> others) {

    /** One objective's rating; {@code rating} null when unrated. */
    public record RatingRow(Long objective, String title, int weight, Integer rating, String comment) {
    }

    /** Another reviewer's submitted review. */
    public record Other(String reviewer, String displayName, String comment, List<RatingRow> ratings) {
    }
}
