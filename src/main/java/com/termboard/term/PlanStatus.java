package com.termboard.term;

/** Where a term's plan is in its approval workflow. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED
}
