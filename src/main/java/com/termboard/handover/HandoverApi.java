package com.termboard.handover;

import com.termboard.handover.HandoverRequests.DecisionRequest;
import com.termboard.handover.HandoverRequests.NoteRequest;
import com.termboard.handover.HandoverService.Decided;
import com.termboard.handover.HandoverViews.HandoverView;
import com.termboard.handover.HandoverViews.ItemView;
import com.termboard.plan.PlanViews.ObjectiveView;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Idempotency;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /api/terms/{id}/handover}: the note and recommendations, and the incoming president's decisions. */
@Path("/api/terms/{id}/handover")
@Authenticated
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoverApi {

    @Inject
    HandoverGuard guard;

    @Inject
    TermAccess access;

    @Inject
    HandoverService service;

    @Inject
    Idempotency idempotency;

    @GET
    public HandoverView show(@PathParam("id") long id) {
        return service.view(guard.readable(id));
    }

    /** The outgoing president (or an admin) writes the note, from 30 days before the term's end; 409 before. */
    @PUT
    public HandoverView save(@PathParam("id") long id, NoteRequest in) {
        Term term = access.find(id);
        service.saveNote(term, body(in));
        return service.view(term);
    }

    /** 201 with the created objective for a carry-over, with the decision for a drop. */
    @POST
    @Path("decisions")
    public Response decide(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            DecisionRequest in) {
        Term term = access.find(id);
        DecisionRequest body = body(in);
        return idempotency.once(key, "POST /api/terms/" + id + "/handover/decisions", body, () -> {
            Decided d = service.decide(term, body);
            if (d.created() != null) {
                return Response.created(URI.create("/api/objectives/" + d.created().id))
                        .entity(ObjectiveView.of(d.created())).build();
            }
            return Response.created(URI.create("/api/terms/" + id + "/handover"))
                    .entity(ItemView.of(d.item().objective, d.item())).build();
        });
    }

    /** Undoes a decision while the next term's plan is a draft; answers the item, undecided again. */
    @DELETE
    @Path("decisions/{objective}")
    public ItemView undo(@PathParam("id") long id, @PathParam("objective") long objective) {
        HandoverItem item = service.undo(access.find(id), objective);
        return ItemView.of(item.objective, item);
    }

    private static <T> T body(T in) {
        if (in == null) {
            throw ApiError.badRequest(Texts.of(HandoverMessages.class).json_body_needed());
        }
        return in;
    }
}
