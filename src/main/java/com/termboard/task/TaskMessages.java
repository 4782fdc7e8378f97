package com.termboard.task;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the task list ({@code task:} in templates; messages/task_*.properties). */
@MessageBundle(value = "task", locale = "en")
public interface TaskMessages {

    String tasks_heading();

    String tasks_none();

    String title_plan_to_finish(String group, String term);

    String title_plan_sent_back(String group, String term);

    String title_plan_to_approve(String group, String term, String president);

    String title_progress_due_one(String group, String term);

    String title_progress_due(String group, String term, int count);

    String title_review(String cycle, String group, String term);

    String title_handover_note(String group, String term);

    String title_carry_over(String group, String term, int count);

    String reason(String reason);

    String due_on(String date);

    String when_days_left(long days);

    String when_one_day_left();

    String when_last_day();

    String when_overdue(long days);

    String when_one_day_overdue();

    String kind_plan();

    String kind_approval();

    String kind_progress();

    String kind_review();

    String kind_handover();
}
