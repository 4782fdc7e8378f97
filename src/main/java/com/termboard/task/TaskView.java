package com.termboard.task;

import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import java.time.LocalDate;

/**
 * A task as {@code GET /api/tasks} returns it and the dashboard lists it, its title in the request's language.
 *
 * @param kind what is to be done: PLAN_TO_FINISH, PLAN_SENT_BACK, PLAN_TO_APPROVE, PROGRESS_DUE, REVIEW_TO_WRITE,
 *     HANDOVER_NOTE or CARRY_OVER_DECISIONS
 * @param title what to do, in a sentence
 * @param subject the term or review cycle the task is about
 * @param link the page where it is done, a path of this application
 * @param due the day it is due (the term's start for a plan, its end for a handover note, the cycle's close for a
 *     review), null where there is none
 * @param daysLeft days from today to {@code due}, 0 on the day, negative once overdue; null without a due date
 * @param since the day it became a task; the list is ordered by it, newest first
 * @param count KPIs without a recent entry (progress due) or objectives undecided (carry-over), else null
 * @param reason why the plan was sent back (plan sent back), else null
 */
public record TaskView(TaskKind kind, String title, Subject subject, String link, LocalDate due, Long daysLeft,
        LocalDate since, String group, String term, Integer count, String reason) {

    /** A term ({@code type} "term") or a review cycle ("cycle") by its id. */
    public record Subject(String type, long id) {
    }

    public static TaskView of(Task t) {
        return new TaskView(t.kind(), title(t, Texts.of(TaskMessages.class)), new Subject(t.subjectType(),
                t.subjectId()), t.link(), t.due(), t.daysLeft(), t.since(), t.group(), t.term(), t.count(), t.reason());
    }

    static String title(Task t, TaskMessages text) {
        return switch (t.kind()) {
            case PLAN_TO_FINISH -> text.title_plan_to_finish(t.group(), t.term());
            case PLAN_SENT_BACK -> text.title_plan_sent_back(t.group(), t.term());
            case PLAN_TO_APPROVE -> text.title_plan_to_approve(t.group(), t.term(), t.person());
            case PROGRESS_DUE -> t.count() == 1 ? text.title_progress_due_one(t.group(), t.term())
                    : text.title_progress_due(t.group(), t.term(), t.count());
            case REVIEW_TO_WRITE -> text.title_review(t.cycle(), t.group(), t.term());
            case HANDOVER_NOTE -> text.title_handover_note(t.group(), t.term());
            case CARRY_OVER_DECISIONS -> text.title_carry_over(t.group(), t.term(), t.count());
        };
    }

    /** The short word the dashboard shows before the title. */
    public String badge() {
        TaskMessages text = Texts.of(TaskMessages.class);
        return switch (kind) {
            case PLAN_TO_FINISH, PLAN_SENT_BACK -> text.kind_plan();
            case PLAN_TO_APPROVE -> text.kind_approval();
            case PROGRESS_DUE -> text.kind_progress();
            case REVIEW_TO_WRITE -> text.kind_review();
            case HANDOVER_NOTE, CARRY_OVER_DECISIONS -> text.kind_handover();
        };
    }

    /** "due 31 Dec 2026 · 24 days left", or nothing without a due date. */
    public String when() {
        if (due == null) {
            return "";
        }
        TaskMessages text = Texts.of(TaskMessages.class);
        long d = daysLeft;
        String left = d > 1 ? text.when_days_left(d) : d == 1 ? text.when_one_day_left() : d == 0
                ? text.when_last_day() : d == -1 ? text.when_one_day_overdue() : text.when_overdue(-d);
        return text.due_on(Display.date(due)) + " · " + left;
    }

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }
}
