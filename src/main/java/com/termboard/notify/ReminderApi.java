package com.termboard.notify;

import com.termboard.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /api/admin/reminders/run}: runs the daily reminder job now and answers {@code {notifications,
 * emails}}, the reminders written (none that a user already had today) and the e-mails sent.
 */
@Path("/api/admin/reminders/run")
@RolesAllowed(Role.ADMIN_)
@Produces(MediaType.APPLICATION_JSON)
public class ReminderApi {

    @Inject
    ReminderJob job;

    @POST
    public ReminderJob.Result run() {
        return job.run();
    }
}
