package com.termboard.task;

/** The kinds of task of SPEC.md "Tasks", each done on one page. */
public enum TaskKind {
    PLAN_TO_FINISH,
    PLAN_SENT_BACK,
    PLAN_TO_APPROVE,
    PROGRESS_DUE,
    REVIEW_TO_WRITE,
    HANDOVER_NOTE,
    CARRY_OVER_DECISIONS
}
