package com.termboard.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.termboard.web.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A notification as {@code GET /api/notifications} returns it and {@code /notifications} lists it.
 *
 * @param kind what it is about: REVIEWER_ASSIGNED, PLAN_SUBMITTED, PLAN_APPROVED, PLAN_SENT_BACK, REVIEW_REOPENED,
 *     HANDOVER_NOTE_WRITTEN (events), REVIEW_DUE, PROGRESS_DUE, HANDOVER_DUE, PLAN_DRAFT (reminders)
 * @param title what it says, in the request's language
 * @param subject the term or review cycle it is about
 * @param link the page to go to, a path of this application
 * @param reminder true for a reminder of the daily job
 * @param reminderDay the day a reminder is for; null for an event
 * @param readAt when it was marked read; null while unread
 */
public record NotificationView(long id, NotificationKind kind, String title, Subject subject, String link,
        boolean reminder, LocalDate reminderDay, Instant createdAt, boolean read, Instant readAt) {

    /** A term ({@code type} "term") or a review cycle ("cycle") by its id. */
    public record Subject(String type, long id) {
    }

    /** Where the list's form marks it read. */
    @JsonIgnore
    public String readAction() {
        return "/notifications/" + id + "/read";
    }

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, NoticeTexts.title(n.notice(), Texts.current()),
                new Subject(n.subjectType, n.subjectId), n.link, n.kind.isReminder(), n.reminderDay, n.createdAt,
                n.readAt != null, n.readAt);
    }
}
