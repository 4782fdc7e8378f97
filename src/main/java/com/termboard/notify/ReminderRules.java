package com.termboard.notify;

import com.termboard.task.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC.md "Notifications and reminders": which of a user's open tasks the daily job reminds them of today. Plain
 * Java on the task list, so that a reminder is always about a task the dashboard shows.
 */
public final class ReminderRules {

    /** A review is reminded of from the day its cycle opens and again in its last this many days. */
    public static final int REVIEW_LAST_DAYS = 3;

    /** A plan still a draft is reminded of from this many days before its term starts. */
    public static final int PLAN_DRAFT_DAYS = 14;

    private ReminderRules() {
    }

    public static List<Notice> reminders(List<Task> tasks, LocalDate today) {
        List<Notice> reminders = new ArrayList<>();
        for (Task t : tasks) {
            Notice n = switch (t.kind()) {
                case REVIEW_TO_WRITE -> t.since().equals(today) || t.daysLeft() <= REVIEW_LAST_DAYS
                        ? new Notice(NotificationKind.REVIEW_DUE, "cycle", t.subjectId(), t.link(), t.group(),
                                t.term(), t.cycle(), null, null, null, t.due())
                        : null;
                case PROGRESS_DUE -> new Notice(NotificationKind.PROGRESS_DUE, "term", t.subjectId(), t.link(),
                        t.group(), t.term(), null, null, t.count(), null, null);
                case HANDOVER_NOTE -> Notice.aboutTerm(NotificationKind.HANDOVER_DUE, t.subjectId(), t.link(),
                        t.group(), t.term()).withDue(t.due());
                case PLAN_TO_FINISH, PLAN_SENT_BACK -> t.daysLeft() <= PLAN_DRAFT_DAYS
                        ? Notice.aboutTerm(NotificationKind.PLAN_DRAFT, t.subjectId(), t.link(), t.group(), t.term())
                                .withDue(t.due())
                        : null;
                default -> null;
            };
            if (n != null) {
                reminders.add(n);
            }
        }
        return reminders;
    }
}
