package com.termboard.term;

/** A term's status, derived from its dates (and the admin's close). */
public enum TermStatus {
    PLANNED,
    ACTIVE,
    ENDED,
    CLOSED
}
