package com.termboard.notify;

/**
 * What a notification is about (SPEC.md "Notifications and reminders"): an event, sent when it happens, or a
 * reminder of the daily job, sent at most once a day per user and subject.
 */
public enum NotificationKind {
    /** A reviewer was assigned to a review cycle. */
    REVIEWER_ASSIGNED(false),
    /** A president submitted a plan (to every executive). */
    PLAN_SUBMITTED(false),
    PLAN_APPROVED(false),
    PLAN_SENT_BACK(false),
    /** An admin reopened a submitted review (to its reviewer). */
    REVIEW_REOPENED(false),
    /** The handover note of a term was written (to the group's next president). */
    HANDOVER_NOTE_WRITTEN(false),
    /** A cycle opens today or closes within 3 days and the review is not submitted. */
    REVIEW_DUE(true),
    /** KPIs of an active term without an entry in the last 14 days. */
    PROGRESS_DUE(true),
    /** The handover window is open and the note is not written. */
    HANDOVER_DUE(true),
    /** A plan still a draft 14 days or less before its term starts. */
    PLAN_DRAFT(true);

    private final boolean reminder;

    NotificationKind(boolean reminder) {
        this.reminder = reminder;
    }

    public boolean isReminder() {
        return reminder;
    }
}
