package com.termboard.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.task.TaskFacts.Assignment;
import com.termboard.task.TaskFacts.Incoming;
import com.termboard.task.TaskFacts.KpiLast;
import com.termboard.task.TaskFacts.OwnTerm;
import com.termboard.task.TaskFacts.Submitted;
import com.termboard.term.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The windows of SPEC.md "Tasks", day by day, on hand-made facts. */
class TaskRulesTest {

    static final LocalDate START = LocalDate.of(2040, 7, 1);
    static final LocalDate END = LocalDate.of(2040, 12, 31);

    static OwnTerm term(PlanStatus plan, String sentBack, boolean noted, KpiLast... kpis) {
        return new OwnTerm(7, "DPBG", "2040 H2", START, END, plan, sentBack, sentBack == null ? null
                : LocalDate.of(2040, 6, 20), noted, List.of(kpis));
    }

    static List<Task> of(LocalDate today, OwnTerm... terms) {
        return TaskRules.tasks(new TaskFacts(List.of(terms), List.of(), List.of(), List.of()), today);
    }

    static List<TaskKind> kinds(List<Task> tasks) {
        return tasks.stream().map(Task::kind).toList();
    }

    @Test
    void aDraftPlanIsToFinishFrom30DaysBeforeTheStartUntilTheEnd() {
        OwnTerm draft = term(PlanStatus.DRAFT, null, true);
        assertEquals(List.of(), of(LocalDate.of(2040, 5, 31), draft));
        Task task = of(LocalDate.of(2040, 6, 1), draft).get(0);
        assertEquals(TaskKind.PLAN_TO_FINISH, task.kind());
        assertEquals("/terms/7/plan", task.link());
        assertEquals(START, task.due());
        assertEquals(30L, task.daysLeft());
        assertEquals(LocalDate.of(2040, 6, 1), task.since());
        assertEquals(-3L, of(LocalDate.of(2040, 7, 4), draft).get(0).daysLeft()); // started: overdue
        assertEquals(List.of(), kinds(of(LocalDate.of(2041, 1, 1), draft)));
        assertEquals(List.of(), of(LocalDate.of(2040, 6, 10), term(PlanStatus.SUBMITTED, null, true)));
        assertEquals(List.of(), of(LocalDate.of(2040, 6, 10), term(PlanStatus.APPROVED, null, true)));
    }

    @Test
    void aPlanSentBackIsToReviseWithTheReasonInsteadOfToFinish() {
        List<Task> tasks = of(LocalDate.of(2040, 5, 1), term(PlanStatus.DRAFT, "Targets too low.", true));
        assertEquals(List.of(TaskKind.PLAN_SENT_BACK), kinds(tasks));
        assertEquals("Targets too low.", tasks.get(0).reason());
        assertEquals(LocalDate.of(2040, 6, 20), tasks.get(0).since());
    }

    @Test
    void progressIsDueForKpisOfAnActiveTermWithoutAnEntryIn14Days() {
        KpiLast fresh = new KpiLast(1, LocalDate.of(2040, 9, 20));
        KpiLast old = new KpiLast(2, LocalDate.of(2040, 9, 1));
        KpiLast never = new KpiLast(3, null);
        OwnTerm t = term(PlanStatus.APPROVED, null, true, fresh, old, never);
        assertEquals(List.of(), of(LocalDate.of(2040, 7, 14), term(PlanStatus.APPROVED, null, true, never)));
        assertEquals(1, of(LocalDate.of(2040, 7, 15), term(PlanStatus.APPROVED, null, true, never)).get(0).count());
        Task task = of(LocalDate.of(2040, 10, 1), t).get(0);
        assertEquals(TaskKind.PROGRESS_DUE, task.kind());
        assertEquals(2, task.count()); // the KPI entered 11 days ago is not due
        assertEquals(LocalDate.of(2040, 7, 15), task.since()); // when the KPI without entries fell due
        assertEquals("/terms/7/progress", task.link());
        assertEquals(3, of(LocalDate.of(2040, 10, 4), t).get(0).count()); // 14 days after the 20th
        assertEquals(List.of(), kinds(of(LocalDate.of(2041, 1, 1), term(PlanStatus.APPROVED, null, true, old))));
        assertEquals(List.of(), of(LocalDate.of(2040, 10, 1), term(PlanStatus.APPROVED, null, true)));
    }

    @Test
    void theHandoverNoteIsDueFrom30DaysBeforeTheEndUntilWritten() {
        OwnTerm unwritten = term(PlanStatus.APPROVED, null, false);
        assertEquals(List.of(), of(LocalDate.of(2040, 11, 30), unwritten));
        Task task = of(LocalDate.of(2040, 12, 1), unwritten).get(0);
        assertEquals(TaskKind.HANDOVER_NOTE, task.kind());
        assertEquals(30L, task.daysLeft());
        assertEquals("/terms/7/handover", task.link());
        assertEquals(-10L, of(LocalDate.of(2041, 1, 10), unwritten).get(0).daysLeft());
        assertEquals(List.of(), of(LocalDate.of(2040, 12, 1), term(PlanStatus.APPROVED, null, true)));
    }

    @Test
    void carryOverDecisionsWaitWhileObjectivesAreUndecided() {
        Incoming open = new Incoming(6, "DPBG", "2040 H1", LocalDate.of(2040, 6, 25), 2);
        Incoming done = new Incoming(5, "ABG", "2040 H1", LocalDate.of(2040, 6, 25), 0);
        List<Task> tasks = TaskRules.tasks(new TaskFacts(List.of(), List.of(open, done), List.of(), List.of()),
                LocalDate.of(2040, 7, 2));
        assertEquals(1, tasks.size());
        assertEquals(TaskKind.CARRY_OVER_DECISIONS, tasks.get(0).kind());
        assertEquals(2, tasks.get(0).count());
        assertEquals("/terms/6/handover", tasks.get(0).link());
    }

    @Test
    void aReviewIsToWriteWhileItsCycleIsOpenWithDaysLeft() {
        Assignment a = new Assignment(12, "Final", "DPBG", "2040 H2", LocalDate.of(2041, 1, 2),
                LocalDate.of(2041, 1, 20));
        TaskFacts facts = new TaskFacts(List.of(), List.of(), List.of(a), List.of());
        assertEquals(List.of(), TaskRules.tasks(facts, LocalDate.of(2041, 1, 1)));
        Task task = TaskRules.tasks(facts, LocalDate.of(2041, 1, 18)).get(0);
        assertEquals(TaskKind.REVIEW_TO_WRITE, task.kind());
        assertEquals("cycle", task.subjectType());
        assertEquals(2L, task.daysLeft());
        assertEquals("/cycles/12/review", task.link());
        assertEquals(0L, TaskRules.tasks(facts, LocalDate.of(2041, 1, 20)).get(0).daysLeft());
        assertEquals(List.of(), TaskRules.tasks(facts, LocalDate.of(2041, 1, 21)));
    }

    @Test
    void tasksComeNewestFirst() {
        Submitted older = new Submitted(8, "DPBG", "2041 H1", "Lin Qiao", LocalDate.of(2041, 1, 1),
                LocalDate.of(2040, 12, 1));
        Submitted newer = new Submitted(9, "ABG", "2041 H1", "Wei Liu", LocalDate.of(2041, 1, 1),
                LocalDate.of(2040, 12, 5));
        Assignment review = new Assignment(12, "Check-in", "DPBG", "2040 H2", LocalDate.of(2040, 12, 3),
                LocalDate.of(2040, 12, 20));
        List<Task> tasks = TaskRules.tasks(new TaskFacts(List.of(), List.of(), List.of(review),
                List.of(older, newer)), LocalDate.of(2040, 12, 6));
        assertEquals(List.of(9L, 12L, 8L), tasks.stream().map(Task::subjectId).toList());
        assertEquals(TaskKind.PLAN_TO_APPROVE, tasks.get(0).kind());
        assertEquals(26L, tasks.get(0).daysLeft());
        assertEquals("Wei Liu", tasks.get(0).person());
    }
}
