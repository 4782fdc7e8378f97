package com.termboard.review;

import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.user.Role;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Idempotency;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/terms/{id}/cycles} and {@code /api/cycles/{id}}: admins create cycles; readers of the term list them. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CycleApi {

    @Inject
    TermAccess access;

    @Inject
    CycleService cycles;

    @Inject
    CycleCompletion completion;

    @Inject
    CurrentUser me;

    @Inject
    Idempotency idempotency;

    @Inject
    Today today;

    @POST
    @Path("terms/{id}/cycles")
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public Response create(@PathParam("id") Long termId, NewCycle input,
            @HeaderParam(Idempotency.HEADER) String key) {
        Term term = access.find(termId);
        NewCycle in = input == null ? new NewCycle(null, null, null, null, null) : input;
        return idempotency.once(key, "POST /api/terms/" + term.id + "/cycles", in, () -> {
            ReviewCycle cycle = cycles.create(term, in);
            CycleView view = CycleView.of(cycle, today.date(), completion.statuses(cycle));
            return Response.created(URI.create("/api/cycles/" + cycle.id)).entity(view).build();
        });
    }

    @GET
    @Path("terms/{id}/cycles")
    public List<CycleView> list(@PathParam("id") Long termId) {
        Term term = access.readable(termId);
        return ReviewCycle.ofTerm(term).stream().map(this::view).toList();
    }

    @GET
    @Path("cycles/{id}")
    public CycleView get(@PathParam("id") Long id) {
        ReviewCycle cycle = id == null ? null : ReviewCycle.findById(id);
        if (cycle == null) {
            throw ApiError.notFound(Texts.of(ReviewMessages.class).no_cycle(id));
        }
        access.readable(cycle.term.id);
        return view(cycle);
    }

    private CycleView view(ReviewCycle cycle) {
        return CycleView.of(cycle, today.date(), me.readsReports() ? completion.statuses(cycle) : null);
    }
}
