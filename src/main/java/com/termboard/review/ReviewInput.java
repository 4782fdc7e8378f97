package com.termboard.review;

import java.util.List;

/**
 * A reviewer's whole review as sent by {@code PUT /api/cycles/{id}/reviews/me}: the ratings listed replace the
 * stored ones; {@code version}, when sent, must be the version read (optimistic locking).
 */
public record ReviewInput(List<RatingInput> ratings, String comment, Boolean submit, Long version) {

    /** One objective's rating (null leaves it unrated in a draft) and comment. */
    public record RatingInput(Long objective, Integer rating, String comment) {
    }
}
