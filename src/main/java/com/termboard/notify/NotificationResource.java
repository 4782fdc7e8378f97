package com.termboard.notify;

import com.termboard.web.forms.Flash;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /notifications}: the user's notifications, newest first, each a link to its subject; marking read. */
@Path("/notifications")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class NotificationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<NotificationView> notifications, long unread);
    }

    @Inject
    Inbox inbox;

    @GET
    public TemplateInstance list() {
        return Templates.list(inbox.list(), inbox.unread());
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") Long id) {
        inbox.markRead(id);
        return Flash.redirect("/notifications", Texts.of(NotifyMessages.class).marked_read());
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll() {
        inbox.markAllRead();
        return Flash.redirect("/notifications", Texts.of(NotifyMessages.class).all_marked_read());
    }
}
