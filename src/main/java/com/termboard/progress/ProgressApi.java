package com.termboard.progress;

import com.termboard.plan.Kpi;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Idempotency;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import java.util.function.UnaryOperator;

/** {@code /api/kpis/{id}/progress}: a KPI's history for whoever reads its term; new entries by its president. */
@Path("/api/kpis/{id}/progress")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProgressApi {

    @Inject
    TermAccess access;

    @Inject
    ProgressService service;

    @Inject
    Idempotency idempotency;

    @GET
    public List<ProgressView> history(@PathParam("id") long id) {
        Kpi kpi = readable(id);
        return ProgressHistory.of(ProgressHistory.entriesOf(List.of(kpi.id))).views();
    }

    @GET
    @Path("{entry}")
    public ProgressView entry(@PathParam("id") long id, @PathParam("entry") long entry) {
        Kpi kpi = readable(id);
        return ProgressHistory.of(ProgressHistory.entriesOf(List.of(kpi.id))).views().stream()
                .filter(v -> v.id() == entry).findFirst()
                .orElseThrow(() -> ApiError.notFound(Texts.of(ProgressMessages.class).no_entry(entry, id)));
    }

    /** 201 with the entry; with an Idempotency-Key, a repeat answers the same and stores nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key, NewProgress input) {
        Kpi kpi = find(id);
        long termId = access.ownOrAdmin(kpi.objective.term.id).id;
        NewProgress in = input == null ? new NewProgress(null, null, null, null, null) : input;
        return idempotency.once(key, "POST /api/kpis/" + id + "/progress", in, () -> {
            ProgressEntry e = service.enter(termId, List.of(new ProgressService.Draft(id, in, UnaryOperator.identity())))
                    .get(0);
            return Response.created(URI.create("/api/kpis/" + id + "/progress/" + e.id))
                    .entity(ProgressView.of(e, null)).build();
        });
    }

    private Kpi readable(long id) {
        Kpi kpi = find(id);
        access.readable(kpi.objective.term.id);
        return kpi;
    }

    private static Kpi find(long id) {
        Kpi kpi = Kpi.findById(id);
        if (kpi == null) {
            throw ApiError.notFound(Texts.of(ProgressMessages.class).no_kpi(id));
        }
        return kpi;
    }
}
