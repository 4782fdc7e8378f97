package com.termboard.task;

import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The current user's open tasks, read once per request: by role, president tasks for PRESIDENT, reviews for
 * REVIEWER, approvals for EXECUTIVE (an admin who is not an executive may approve too, but it is not their task).
 */
@RequestScoped
public class Tasks {

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @Inject
    TaskQueries queries;

    private List<TaskView> mine;

    public List<TaskView> mine() {
        if (mine == null) {
            TaskFacts facts = queries.of(me.user().id, me.isPresident(), me.isReviewer(), me.isExecutive(),
                    today.date());
            mine = TaskRules.tasks(facts, today.date()).stream().map(TaskView::of).toList();
        }
        return mine;
    }
}
