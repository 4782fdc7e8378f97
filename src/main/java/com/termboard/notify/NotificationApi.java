package com.termboard.notify;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/notifications}: the caller's notifications, newest first (the newest 100), each a
 * {@link NotificationView}; {@code POST /api/notifications/{id}/read} marks one read and answers it (404 for an id
 * that is not the caller's).
 */
@Path("/api/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationApi {

    @Inject
    Inbox inbox;

    @GET
    public List<NotificationView> list() {
        return inbox.list();
    }

    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") Long id) {
        return inbox.markRead(id);
    }
}
