package com.termboard.progress;

import com.termboard.plan.Kpi;
import com.termboard.report.Csv;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FieldError;
import com.termboard.web.forms.Flash;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormState;
import com.termboard.web.forms.Idempotency;
import com.termboard.web.forms.Kept;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** {@code /terms/{id}/progress}: one form for every KPI of a term, a CSV import, and each KPI's history. */
@Path("/terms/{id}/progress")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProgressResource {

    static final String TOKEN = "idempotency-token";

    /** Kept with a refused form: the KPIs whose far-off value waits for its confirmation box. */
    private static final String UNCONFIRMED = "unconfirmed-kpi";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ProgressPages.Page page, FormState form, List<FieldError> problems,
                String token, Set<Long> confirming);
    }

    @Inject
    TermAccess access;

    @Inject
    ProgressPages pages;

    @Inject
    ProgressService service;

    @Inject
    Idempotency idempotency;

    @Inject
    Today today;

    @GET
    public Response page(@PathParam("id") long id, @QueryParam("correct") Long correct) {
        Term term = access.readable(id);
        Map<Long, Long> correcting = new HashMap<>();
        if (correct != null) {
            ProgressEntry entry = ProgressEntry.findById(correct);
            if (entry != null && entry.kpi.objective.term.id.equals(term.id)) {
                correcting.put(entry.kpi.id, entry.id);
            }
        }
        return FormPost.show("/terms/" + id + "/progress", kept -> render(term, kept, correcting));
    }

    /**
     * The page; after a refusal with the user's input, the messages (the refusal's first) and the form's token, the
     * entries that form was correcting and the far-off values it must confirm.
     */
    private String render(Term term, Kept kept, Map<Long, Long> correcting) {
        if (!kept.refused()) {
            return Templates.page(pages.build(term, correcting), FormState.empty(), List.of(), newToken(), Set.of())
                    .render();
        }
        Map<Long, Long> corrected = new HashMap<>();
        MultivaluedMap<String, String> sent = new MultivaluedHashMap<>();
        kept.values().forEach(sent::addAll);
        ProgressForm.drafts(ProgressPages.kpisOf(term), sent, new ArrayList<>(), corrected);
        List<FieldError> problems = new ArrayList<>();
        problems.add(new FieldError("", kept.message()));
        problems.addAll(kept.problems());
        Set<Long> confirming = new HashSet<>();
        kept.all(UNCONFIRMED).forEach(kpi -> confirming.add(Long.valueOf(kpi)));
        String token = kept.form().value(TOKEN);
        return Templates.page(pages.build(term, corrected), kept.form(), problems,
                token.isBlank() ? newToken() : token, confirming).render();
    }

    /**
     * Saves the rows that have a value, all in one transaction; a repeat of the same form stores nothing. A value
     * 10× or more away from its KPI's last entry comes back to be confirmed: {@code confirm-12} with that value.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Term term = access.ownOrAdmin(id);
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Long> correcting = new HashMap<>();
        List<ProgressService.Draft> drafts = ProgressForm.drafts(ProgressPages.kpisOf(term), form, errors, correcting);
        try {
            if (drafts.isEmpty() && errors.isEmpty()) {
                throw ApiError.badRequest(Texts.of(ProgressMessages.class).enter_one_value());
            }
            if (!errors.isEmpty()) {
                // Unreadable fields: list the problems of the readable rows too, so that one round fixes all.
                service.checkOpen(term);
                errors.addAll(service.problems(term, drafts));
                throw ApiError.invalid(errors);
            }
            // Rules and fields are checked inside the transaction that claims the token, so a repeat is replayed.
            String location = "/terms/" + id + "/progress";
            ProgressMessages t = Texts.of(ProgressMessages.class);
            return idempotency.once(form.getFirst(TOKEN), "POST " + location, null, () -> {
                int n = service.enter(id, drafts, confirmed(drafts, form)::contains).size();
                return FormPost.succeeded(location, n == 1 ? t.saved_one() : t.saved_many(n));
            }, stored -> Flash.redirect(stored.location(), t.already_saved()));
        } catch (ApiError e) {
            MultivaluedMap<String, String> kept = new MultivaluedHashMap<>();
            form.forEach((name, values) -> {
                if (!UNCONFIRMED.equals(name)) {
                    kept.addAll(name, values);
                }
            });
            if (e instanceof UnconfirmedValues u) {
                u.kpis.forEach(kpi -> kept.add(UNCONFIRMED, kpi.toString()));
            }
            return refused(term, e, kept);
        }
    }

    /**
     * The import template: the importer's header and one row per KPI of the term's plan with the default as-of
     * date, value, comment and confidence left to fill in. Only who may import downloads it.
     */
    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response template(@PathParam("id") long id) {
        Term term = access.ownOrAdmin(id);
        Csv csv = new Csv(ProgressImport.COLUMNS.toArray(String[]::new));
        LocalDate asOf = ProgressRules.defaultAsOf(term, today.date());
        for (Kpi k : ProgressPages.kpisOf(term)) {
            csv.row(k.metric.code, asOf.toString(), "", "", "");
        }
        return csv.response("progress-" + term.group.code + "-" + term.id + "-template.csv");
    }

    /** A CSV of {@code metric,asOf,value,comment,confidence}: every row checked first, then all stored or none. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@PathParam("id") long id, @RestForm("file") FileUpload file,
            @RestForm(TOKEN) String token) {
        Term term = access.ownOrAdmin(id);
        ProgressMessages t = Texts.of(ProgressMessages.class);
        try {
            service.checkOpen(term);
            if (file == null || file.uploadedFile() == null) {
                throw ApiError.invalid("file", t.choose_file());
            }
            Map<String, Long> byMetric = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (Kpi k : ProgressPages.kpisOf(term)) {
                String code = k.metric.code.toUpperCase(Locale.ROOT);
                if (byMetric.put(code, k.id) != null) {
                    ambiguous.add(code);
                }
            }
            ProgressImport.Parsed parsed;
            try (Reader in = Files.newBufferedReader(file.uploadedFile(), StandardCharsets.UTF_8)) {
                parsed = ProgressImport.parse(new BomSkipping(in), byMetric, ambiguous);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw ApiError.invalid("file", t.not_utf8());
            }
            List<FieldError> errors = new ArrayList<>(parsed.errors());
            errors.addAll(service.problems(term, parsed.drafts()));
            if (!errors.isEmpty()) {
                throw new ApiError(400, Texts.msg().error_invalid(), t.import_refused(), errors);
            }
            String location = "/terms/" + id + "/progress";
            // Both forms of the page carry the same token; the prefix keeps an import and a save apart.
            String key = token == null || token.isBlank() ? null : "import:" + token;
            return idempotency.once(key, "POST " + location + "/import", null, () -> {
                int n = service.enter(id, parsed.drafts()).size();
                return FormPost.succeeded(location, n == 1 ? t.imported_one() : t.imported_many(n));
            }, stored -> Flash.redirect(stored.location(), t.already_imported()));
        } catch (ApiError e) {
            MultivaluedMap<String, String> sent = new MultivaluedHashMap<>();
            sent.add(TOKEN, token == null || token.isBlank() ? newToken() : token);
            return refused(term, e, sent);
        }
    }

    /** The page again with the user's input and the messages: 422 for invalid input, 409 for a conflict. */
    private Response refused(Term term, ApiError e, MultivaluedMap<String, String> form) {
        Map<Long, Long> none = Map.of();
        return FormPost.refused(form, e, "/terms/" + term.id + "/progress", "progress",
                kept -> render(term, kept, none));
    }

    /** The KPIs whose far-off value the user confirmed: the box sent back carries the very value of the row. */
    private static Set<Long> confirmed(List<ProgressService.Draft> drafts, MultivaluedMap<String, String> form) {
        Set<Long> confirmed = new HashSet<>();
        for (ProgressService.Draft d : drafts) {
            String value = form.getFirst("value-" + d.kpiId());
            String confirm = form.getFirst("confirm-" + d.kpiId());
            if (value != null && confirm != null && value.trim().equals(confirm.trim())) {
                confirmed.add(d.kpiId());
            }
        }
        return confirmed;
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }
}
