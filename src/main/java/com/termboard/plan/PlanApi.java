package com.termboard.plan;

import com.termboard.plan.PlanRequests.KpiRequest;
import com.termboard.plan.PlanRequests.ObjectiveRequest;
import com.termboard.plan.PlanRequests.Reason;
import com.termboard.plan.PlanViews.KpiView;
import com.termboard.plan.PlanViews.ObjectiveView;
import com.termboard.plan.PlanViews.TermDetail;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The plan API: a term with its plan, objectives and KPIs, and the approval workflow. */
@Path("/api")
@Transactional
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanApi {

    @Inject
    TermAccess access;

    @Inject
    PlanService plans;

    @Inject
    PlanWorkflow workflow;

    @Inject
    Today today;

    @GET
    @Path("terms/{id}")
    public TermDetail term(@PathParam("id") long id) {
        Term term = access.readable(id);
        return TermDetail.of(term, today.date(), PlanWorkflow.plan(term));
    }

    @POST
    @Path("terms/{id}/objectives")
    public Response addObjective(@PathParam("id") long id, ObjectiveRequest in) {
        Objective o = plans.addObjective(access.ownOrAdmin(id), body(in));
        return Response.created(URI.create("/api/objectives/" + o.id)).entity(ObjectiveView.of(o)).build();
    }

    @PUT
    @Path("objectives/{id}")
    public ObjectiveView updateObjective(@PathParam("id") long id, ObjectiveRequest in) {
        return ObjectiveView.of(plans.updateObjective(objective(id), body(in)));
    }

    @DELETE
    @Path("objectives/{id}")
    @Consumes(MediaType.WILDCARD)
    public Response deleteObjective(@PathParam("id") long id, @QueryParam("version") Long version) {
        plans.deleteObjective(objective(id), version);
        return Response.noContent().build();
    }

    @POST
    @Path("objectives/{id}/kpis")
    public Response addKpi(@PathParam("id") long id, KpiRequest in) {
        Kpi k = plans.addKpi(objective(id), body(in));
        return Response.created(URI.create("/api/kpis/" + k.id)).entity(KpiView.of(k)).build();
    }

    @PUT
    @Path("kpis/{id}")
    public KpiView updateKpi(@PathParam("id") long id, KpiRequest in) {
        return KpiView.of(plans.updateKpi(kpi(id), body(in)));
    }

    @DELETE
    @Path("kpis/{id}")
    @Consumes(MediaType.WILDCARD)
    public Response deleteKpi(@PathParam("id") long id, @QueryParam("version") Long version) {
        plans.deleteKpi(kpi(id), version);
        return Response.noContent().build();
    }

    @POST
    @Path("terms/{id}/plan/submit")
    @Consumes(MediaType.WILDCARD)
    public TermDetail submit(@PathParam("id") long id) {
        Term term = access.ownOrAdmin(id);
        workflow.submit(term);
        return term(id);
    }

    @POST
    @Path("terms/{id}/plan/approve")
    @Consumes(MediaType.WILDCARD)
    public TermDetail approve(@PathParam("id") long id) {
        workflow.approve(access.find(id));
        return term(id);
    }

    @POST
    @Path("terms/{id}/plan/reject")
    public TermDetail reject(@PathParam("id") long id, Reason in) {
        workflow.reject(access.find(id), in == null ? null : in.reason());
        return term(id);
    }

    /** The objective, 404 if missing, 403 unless it belongs to one of the caller's terms (or they are admin). */
    private Objective objective(long id) {
        Objective o = Objective.findById(id);
        if (o == null) {
            throw ApiError.notFound(Texts.of(PlanMessages.class).no_objective(id));
        }
        access.ownOrAdmin(o.term.id);
        return o;
    }

    private Kpi kpi(long id) {
        Kpi k = Kpi.findById(id);
        if (k == null) {
            throw ApiError.notFound(Texts.of(PlanMessages.class).no_kpi(id));
        }
        access.ownOrAdmin(k.objective.term.id);
        return k;
    }

    private static <T> T body(T in) {
        if (in == null) {
            throw ApiError.badRequest(Texts.of(PlanMessages.class).json_body_needed());
        }
        return in;
    }
}
