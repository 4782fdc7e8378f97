package com.termboard.task;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/tasks}: the caller's open tasks (SPEC.md "Tasks"), newest first, each a {@link TaskView}:
 * {@code kind}, {@code title} (in the request's language), {@code subject: {type, id}} ("term" or "cycle"),
 * {@code link} (the page where it is done), {@code due} and {@code daysLeft} (null where there is no due date;
 * negative once overdue), {@code since} (the day it became a task), {@code group}, {@code term} (the label),
 * {@code count} and {@code reason} (see {@link TaskView}). A task disappears when it is done. Anonymous: 401.
 */
@Path("/api/tasks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TaskApi {

    @Inject
    Tasks tasks;

    @GET
    public List<TaskView> list() {
        return tasks.mine();
    }
}
