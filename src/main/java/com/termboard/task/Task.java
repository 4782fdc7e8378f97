package com.termboard.task;

import java.time.LocalDate;

/**
 * One open task of a user, as the rules derive it: what it is about ({@code subjectType} "term" or "cycle" and its id,
 * the group and term label, the cycle's name), the page where it is done, the due date and days left where there is
 * one (negative once overdue), and the day it became a task ({@code since}), by which lists are ordered.
 *
 * @param count how many KPIs wait for an entry (progress due) or objectives for a decision (carry-over); else null
 * @param reason why the plan was sent back (plan sent back); else null
 * @param person the term's president (plan to approve); else null
 */
public record Task(TaskKind kind, String subjectType, long subjectId, String group, String term, String cycle,
        String person, Integer count, String reason, LocalDate due, Long daysLeft, LocalDate since, String link) {
}
