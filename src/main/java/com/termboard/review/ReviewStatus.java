package com.termboard.review;

/** A review is a draft until submitted; a submitted review is immutable unless an admin reopens it. */
public enum ReviewStatus {
    DRAFT,
    SUBMITTED
}
