package com.termboard.task;

import com.termboard.handover.HandoverRules;
import com.termboard.task.TaskFacts.Assignment;
import com.termboard.task.TaskFacts.Incoming;
import com.termboard.task.TaskFacts.KpiLast;
import com.termboard.task.TaskFacts.OwnTerm;
import com.termboard.task.TaskFacts.Submitted;
import com.termboard.term.PlanStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** SPEC.md "Tasks": which tasks a user's facts give today, newest first. Plain Java, no database. */
public final class TaskRules {

    /** A draft plan becomes a task this many days before its term starts. */
    public static final int PLAN_LEAD_DAYS = 30;

    /** A KPI of an active term without an entry dated in this many days is due for one. */
    public static final int PROGRESS_DAYS = 14;

    private static final Comparator<Task> NEWEST_FIRST = Comparator.comparing(Task::since).reversed()
            .thenComparing(Task::kind).thenComparing(Comparator.comparingLong(Task::subjectId).reversed());

    private TaskRules() {
    }

    public static List<Task> tasks(TaskFacts facts, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        for (OwnTerm t : facts.ownTerms()) {
            plan(t, today, tasks);
            progress(t, today, tasks);
            note(t, today, tasks);
        }
        for (Incoming i : facts.incoming()) {
            if (i.undecided() > 0) {
                tasks.add(new Task(TaskKind.CARRY_OVER_DECISIONS, "term", i.previousId(), i.group(), i.label(), null,
                        null, i.undecided(), null, null, null, i.noteOn(), handover(i.previousId())));
            }
        }
        for (Assignment a : facts.assignments()) {
            if (!today.isBefore(a.opensOn()) && !today.isAfter(a.closesOn())) {
                tasks.add(new Task(TaskKind.REVIEW_TO_WRITE, "cycle", a.cycleId(), a.group(), a.label(), a.cycle(),
                        null, null, null, a.closesOn(), days(today, a.closesOn()), a.opensOn(),
                        "/cycles/" + a.cycleId() + "/review"));
            }
        }
        for (Submitted s : facts.submitted()) {
            LocalDate since = s.submittedOn() != null ? s.submittedOn() : s.start().minusDays(PLAN_LEAD_DAYS);
            tasks.add(new Task(TaskKind.PLAN_TO_APPROVE, "term", s.termId(), s.group(), s.label(), null, s.president(),
                    null, null, s.start(), days(today, s.start()), since, plan(s.termId())));
        }
        tasks.sort(NEWEST_FIRST);
        return tasks;
    }

    /**
     * A draft plan of a term that starts within the lead days or has started and not yet ended: to finish, or, when
     * an executive sent it back, to revise (one task, not both). Due when the term starts.
     */
    private static void plan(OwnTerm t, LocalDate today, List<Task> tasks) {
        LocalDate from = t.start().minusDays(PLAN_LEAD_DAYS);
        if (t.sentBack() != null && t.plan() == PlanStatus.DRAFT && !today.isAfter(t.end())) {
            LocalDate since = t.sentBackOn() != null ? t.sentBackOn() : from;
            tasks.add(new Task(TaskKind.PLAN_SENT_BACK, "term", t.id(), t.group(), t.label(), null, null, null,
                    t.sentBack(), t.start(), days(today, t.start()), since, plan(t.id())));
        } else if (t.plan() == PlanStatus.DRAFT && !today.isBefore(from) && !today.isAfter(t.end())) {
            tasks.add(new Task(TaskKind.PLAN_TO_FINISH, "term", t.id(), t.group(), t.label(), null, null, null, null,
                    t.start(), days(today, t.start()), from, plan(t.id())));
        }
    }

    /**
     * One task per active term listing its KPIs whose newest entry is dated {@link #PROGRESS_DAYS} days ago or more
     * (a KPI without entries counts from the term's start, so a new term is not due on its first day); it became a
     * task when the first of them fell due.
     */
    private static void progress(OwnTerm t, LocalDate today, List<Task> tasks) {
        if (today.isBefore(t.start()) || today.isAfter(t.end())) {
            return;
        }
        LocalDate dueFrom = today.minusDays(PROGRESS_DAYS);
        int count = 0;
        LocalDate first = null;
        for (KpiLast k : t.kpis()) {
            LocalDate last = k.lastAsOf() != null ? k.lastAsOf() : t.start();
            if (!last.isAfter(dueFrom)) {
                count++;
                first = first == null || last.isBefore(first) ? last : first;
            }
        }
        if (count > 0) {
            tasks.add(new Task(TaskKind.PROGRESS_DUE, "term", t.id(), t.group(), t.label(), null, null, count, null,
                    null, null, first.plusDays(PROGRESS_DAYS), "/terms/" + t.id() + "/progress"));
        }
    }

    /** The handover note, from the day the note opens until it is written; due on the term's last day. */
    private static void note(OwnTerm t, LocalDate today, List<Task> tasks) {
        LocalDate opens = t.end().minusDays(HandoverRules.WINDOW_DAYS);
        if (!t.noteWritten() && !today.isBefore(opens)) {
            tasks.add(new Task(TaskKind.HANDOVER_NOTE, "term", t.id(), t.group(), t.label(), null, null, null, null,
                    t.end(), days(today, t.end()), opens, handover(t.id())));
        }
    }

    private static long days(LocalDate today, LocalDate due) {
        return ChronoUnit.DAYS.between(today, due);
    }

    private static String plan(long term) {
        return "/terms/" + term + "/plan";
    }

    private static String handover(long term) {
        return "/terms/" + term + "/handover";
    }
}
