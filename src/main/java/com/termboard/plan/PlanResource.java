package com.termboard.plan;

import com.termboard.metric.Metric;
import com.termboard.plan.PlanRequests.KpiRequest;
import com.termboard.plan.PlanRequests.ObjectiveRequest;
import com.termboard.session.CurrentUser;
import com.termboard.system.TermboardConfig;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormReader;
import com.termboard.web.forms.FormState;
import com.termboard.web.forms.Kept;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** {@code /terms/{id}/plan}: the president edits objectives and KPIs, submits; an executive approves or rejects. */
@Path("/terms/{id}/plan")
@Authenticated
@Transactional
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PlanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanPage page);
    }

    @Inject
    TermAccess access;

    @Inject
    PlanGuard guard;

    @Inject
    PlanService plans;

    @Inject
    PlanWorkflow workflow;

    @Inject
    CurrentUser me;

    @Inject
    TermboardConfig config;

    // Pages render inside the transaction: the entities they show are still attached there.
    @GET
    public Response show(@PathParam("id") long id) {
        Term term = access.readable(id);
        return FormPost.show("/terms/" + id + "/plan", kept -> page(term, kept));
    }

    @POST
    @Path("objectives")
    public Response addObjective(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.ownOrAdmin(id);
        return attempt(term, "obj-new", form, () -> plans.addObjective(term, objective(form)),
                Texts.of(PlanMessages.class).objective_added());
    }

    @POST
    @Path("objectives/{oid}")
    public Response updateObjective(@PathParam("id") long id, @PathParam("oid") long oid,
            MultivaluedMap<String, String> form) {
        Objective o = objectiveOf(id, oid);
        return attempt(o.term, "obj-" + oid, form, () -> plans.updateObjective(o, objective(form)),
                Texts.of(PlanMessages.class).objective_saved());
    }

    @POST
    @Path("objectives/{oid}/delete")
    public Response deleteObjective(@PathParam("id") long id, @PathParam("oid") long oid,
            MultivaluedMap<String, String> form) {
        Objective o = objectiveOf(id, oid);
        return attempt(o.term, "obj-" + oid, form, () -> {
            plans.deleteObjective(o, new FormReader(form).id("version"));
            return o;
        }, Texts.of(PlanMessages.class).objective_deleted());
    }

    @POST
    @Path("objectives/{oid}/move")
    public Response move(@PathParam("id") long id, @PathParam("oid") long oid, MultivaluedMap<String, String> form) {
        Objective o = objectiveOf(id, oid);
        return attempt(o.term, "obj-" + oid, form, () -> {
            plans.move(o, "up".equals(form.getFirst("direction")) ? -1 : 1);
            return o;
        }, Texts.of(PlanMessages.class).objective_moved());
    }

    @POST
    @Path("objectives/{oid}/kpis")
    public Response addKpi(@PathParam("id") long id, @PathParam("oid") long oid, MultivaluedMap<String, String> form) {
        Objective o = objectiveOf(id, oid);
        return attempt(o.term, "kpi-new-" + oid, form, () -> plans.addKpi(o, kpi(form)),
                Texts.of(PlanMessages.class).kpi_added());
    }

    @POST
    @Path("kpis/{kid}")
    public Response updateKpi(@PathParam("id") long id, @PathParam("kid") long kid, MultivaluedMap<String, String> form) {
        Kpi k = kpiOf(id, kid);
        return attempt(k.objective.term, "kpi-" + kid, form, () -> plans.updateKpi(k, kpi(form)),
                Texts.of(PlanMessages.class).kpi_saved());
    }

    @POST
    @Path("kpis/{kid}/delete")
    public Response deleteKpi(@PathParam("id") long id, @PathParam("kid") long kid, MultivaluedMap<String, String> form) {
        Kpi k = kpiOf(id, kid);
        return attempt(k.objective.term, "kpi-" + kid, form, () -> {
            plans.deleteKpi(k, new FormReader(form).id("version"));
            return k;
        }, Texts.of(PlanMessages.class).kpi_deleted());
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.ownOrAdmin(id);
        return attempt(term, "workflow", form, () -> {
            workflow.submit(term);
            return term;
        }, Texts.of(PlanMessages.class).plan_submitted());
    }

    @POST
    @Path("approve")
    public Response approve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.readable(id);
        return attempt(term, "workflow", form, () -> {
            workflow.approve(term);
            return term;
        }, Texts.of(PlanMessages.class).plan_approved());
    }

    @POST
    @Path("reject")
    public Response reject(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.readable(id);
        return attempt(term, "workflow", form, () -> {
            workflow.reject(term, new FormReader(form).text("reason"));
            return term;
        }, Texts.of(PlanMessages.class).plan_rejected());
    }

    /** Runs a change; a refusal shows the page again with the form as it was sent (422, or 409 for a conflict). */
    private Response attempt(Term term, String key, MultivaluedMap<String, String> form, Supplier<Object> change,
            String done) {
        return FormPost.attempt(form, change::get, "/terms/" + term.id + "/plan", key, done,
                kept -> page(Term.findById(term.id), kept));
    }

    private String page(Term term, Kept kept) {
        String key = kept.key();
        FormState failed = kept.form();
        String conflict = kept.conflict();
        List<Objective> objectives = PlanWorkflow.plan(term);
        List<String> blockers = PlanBlocks.of(objectives);
        boolean canEdit = guard.canEdit(term);
        boolean canSubmit = term.planStatus == PlanStatus.DRAFT && (guard.isPresident(term) || me.isAdmin());
        boolean canDecide = term.planStatus == PlanStatus.SUBMITTED && guard.canApprove();
        List<Objective> previous = canEdit ? Term.previousOf(term).map(Objective::ofTerm).orElse(List.of()) : List.of();
        return Templates.plan(new PlanPage(term, objectives, blockers,
                objectives.stream().mapToInt(o -> o.weight).sum(), canEdit, canSubmit, canDecide,
                config.perspectives(), canEdit ? Metric.allByCode() : List.of(), previous, key, failed, conflict))
                .render();
    }

    private static ObjectiveRequest objective(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        ObjectiveRequest in = new ObjectiveRequest(r.text("title"), r.text("description"), r.integer("weight"),
                r.text("perspective"), r.id("continues"), r.id("version"));
        r.check();
        return in;
    }

    private static KpiRequest kpi(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        KpiRequest in = new KpiRequest(r.text("metric"), r.decimal("baseline"), r.decimal("target"),
                r.integer("weight"), r.id("version"));
        r.check();
        return in;
    }

    private Objective objectiveOf(long termId, long oid) {
        Objective o = Objective.findById(oid);
        if (o == null || !o.term.id.equals(termId)) {
            throw ApiError.notFound(Texts.of(PlanMessages.class).no_objective_in_term(oid));
        }
        access.ownOrAdmin(termId);
        return o;
    }

    private Kpi kpiOf(long termId, long kid) {
        Kpi k = Kpi.findById(kid);
        if (k == null || !k.objective.term.id.equals(termId)) {
            throw ApiError.notFound(Texts.of(PlanMessages.class).no_kpi_in_term(kid));
        }
        access.ownOrAdmin(termId);
        return k;
    }
}
