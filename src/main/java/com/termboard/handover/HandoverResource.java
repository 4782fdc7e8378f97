package com.termboard.handover;

import com.termboard.handover.HandoverPage.KpiRow;
import com.termboard.handover.HandoverPage.Row;
import com.termboard.handover.HandoverRequests.DecisionRequest;
import com.termboard.handover.HandoverRequests.NoteRequest;
import com.termboard.handover.HandoverRequests.RecommendationRequest;
import com.termboard.plan.Objective;
import com.termboard.plan.PlanWorkflow;
import com.termboard.read.ReadModel;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.scoring.TermScore;
import com.termboard.system.Today;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormReader;
import com.termboard.web.forms.FormState;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /terms/{id}/handover}: the outgoing president's note and the incoming president's decisions. */
@Path("/terms/{id}/handover")
@Authenticated
@Transactional
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class HandoverResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(HandoverPage page);
    }

    @Inject
    HandoverGuard guard;

    @Inject
    TermAccess access;

    @Inject
    HandoverService service;

    @Inject
    ReadModel reads;

    @Inject
    Today today;

    // Rendered inside the transaction: the entities it shows are still attached there.
    @GET
    public Response show(@PathParam("id") long id) {
        Term term = guard.readable(id);
        return FormPost.show("/terms/" + id + "/handover",
                kept -> page(term, kept.key(), kept.form(), kept.conflict()));
    }

    @POST
    @Path("note")
    public Response note(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.find(id);
        return attempt(term, "note", form, () -> {
            List<RecommendationRequest> recs = new ArrayList<>();
            form.forEach((name, values) -> {
                if (name.startsWith("rec-") && !values.isEmpty() && !values.get(0).isBlank()) {
                    recs.add(new RecommendationRequest(parseId(name.substring(4)), values.get(0)));
                }
            });
            service.saveNote(term, new NoteRequest(form.getFirst("note") == null ? "" : form.getFirst("note"), recs));
        }, Texts.of(HandoverMessages.class).note_saved());
    }

    @POST
    @Path("decisions")
    public Response decide(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.find(id);
        FormReader r = new FormReader(form);
        Long objective = r.id("objective");
        return attempt(term, "decision-" + objective, form, () -> {
            try {
                DecisionRequest in = new DecisionRequest(objective, r.text("decision"), r.text("reason"),
                        r.integer("weight"));
                r.check();
                service.decide(term, in);
            } catch (ApiError e) {
                throw unplaced(e);
            }
        }, Texts.of(HandoverMessages.class).decision_saved());
    }

    @POST
    @Path("decisions/{objective}/undo")
    public Response undo(@PathParam("id") long id, @PathParam("objective") long objective,
            MultivaluedMap<String, String> form) {
        Term term = access.find(id);
        return attempt(term, "undo-" + objective, form, () -> service.undo(term, objective),
                Texts.of(HandoverMessages.class).decision_undone());
    }

    /** An objective that is not a row of the page has no form to show its error beside: show it above them. */
    private static ApiError unplaced(ApiError e) {
        return e.errors.stream().filter(f -> f.field().equals("objective")).findFirst()
                .map(f -> new ApiError(e.status, Texts.msg().error_invalid(), f.message(), List.of())).orElse(e);
    }

    /** Runs a change; a refusal shows the page again with the form as sent (422, or 409 for a conflict). */
    private Response attempt(Term term, String key, MultivaluedMap<String, String> form, Runnable change,
            String done) {
        return FormPost.attempt(form, change, "/terms/" + term.id + "/handover", key, done,
                kept -> page(Term.findById(term.id), kept.key(), kept.form(), kept.conflict()));
    }

    private String page(Term term, String key, FormState failed, String conflict) {
        LocalDate day = today.date();
        boolean ended = day.isAfter(term.endDate);
        LocalDate scoredAt = ended ? term.endDate : day;
        TermScore score = reads.score(term.id, scoredAt).orElse(null);
        Map<Long, HandoverItem> items = HandoverService.items(term);
        List<Row> rows = new ArrayList<>();
        for (Objective o : PlanWorkflow.plan(term)) {
            ObjectiveScore os = score == null ? null
                    : score.objectives().stream().filter(s -> s.objectiveId() == o.id).findFirst().orElse(null);
            List<KpiRow> kpis = o.kpis.stream().map(k -> new KpiRow(k, os == null ? null
                    : os.kpis().stream().filter(s -> s.kpiId() == k.id).findFirst().orElse(null))).toList();
            rows.add(new Row(o, os, kpis, items.get(o.id)));
        }
        Term next = Term.nextOf(term).orElse(null);
        boolean open = term.closedAt == null && HandoverRules.isOpen(term, day);
        return Templates.page(new HandoverPage(term, next, scoredAt, ended, score,
                Handover.ofTerm(term).orElse(null), rows, HandoverRules.opensOn(term), open, guard.canWriteNote(term),
                guard.canDecide(term), next != null && next.planStatus == PlanStatus.DRAFT && next.closedAt == null,
                key, failed, conflict)).render();
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
