package com.termboard.notify;

import java.time.LocalDate;

/**
 * What one notification says, as facts to be worded in the reader's language: its kind, the term or review cycle it
 * is about ({@code subjectType} "term" or "cycle", and the id), the page to go to, and what the words need.
 *
 * @param person who did it (plan submitted), else null
 * @param count how many KPIs wait for an entry (progress due), else null
 * @param reason why (plan sent back, review reopened), else null
 * @param due the day that matters: when the cycle closes, the term starts or ends; else null
 */
public record Notice(NotificationKind kind, String subjectType, long subjectId, String link, String group,
        String term, String cycle, String person, Integer count, String reason, LocalDate due) {

    public static Notice aboutTerm(NotificationKind kind, long termId, String link, String group, String term) {
        return new Notice(kind, "term", termId, link, group, term, null, null, null, null, null);
    }

    public Notice withPerson(String who) {
        return new Notice(kind, subjectType, subjectId, link, group, term, cycle, who, count, reason, due);
    }

    public Notice withReason(String why) {
        return new Notice(kind, subjectType, subjectId, link, group, term, cycle, person, count, why, due);
    }

    public Notice withDue(LocalDate day) {
        return new Notice(kind, subjectType, subjectId, link, group, term, cycle, person, count, reason, day);
    }
}
