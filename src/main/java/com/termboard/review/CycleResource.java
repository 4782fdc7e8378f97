package com.termboard.review;

import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FieldError;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormState;
import com.termboard.web.forms.IsoDate;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The review-cycle pages: cycles of a term (with the admin's create form) and one cycle with its completion. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CycleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Term> terms, LocalDate today);

        static native TemplateInstance termCycles(Term term, List<ReviewCycle> cycles, LocalDate today,
                boolean canCreate, FormState form, String formError, List<User> reviewers, Set<String> chosen,
                String previousPresident);

        static native TemplateInstance cycle(CyclePage page);
    }

    @Inject
    TermAccess access;

    @Inject
    CycleService cycles;

    @Inject
    CyclePages cyclePages;

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @GET
    @Path("cycles")
    public TemplateInstance index() {
        if (!me.readsReports()) {
            throw ApiError.forbidden(Texts.of(ReviewMessages.class).only_readers());
        }
        List<Term> terms = Term.list("SELECT t FROM Term t JOIN FETCH t.group JOIN FETCH t.president "
                + "ORDER BY t.startDate DESC, t.group.code");
        return Templates.index(terms, today.date());
    }

    @GET
    @Path("terms/{id}/cycles")
    public Response termCycles(@PathParam("id") Long termId) {
        Term term = access.readable(termId);
        return FormPost.show("/terms/" + term.id + "/cycles", kept -> termPage(term, kept));
    }

    // Pages check roles in the method, not with @RolesAllowed: a @RolesAllowed refusal is answered on the I/O
    // thread, where the error page cannot read the current user from the database (it answered 500).
    @POST
    @Path("terms/{id}/cycles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") Long termId, MultivaluedMap<String, String> form) {
        requireAdmin();
        Term term = access.find(termId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate opens = date(form.getFirst("opensOn"), "opensOn", errors);
        LocalDate closes = date(form.getFirst("closesOn"), "closesOn", errors);
        List<String> reviewers = form.get("reviewers") == null ? List.of() : form.get("reviewers");
        String location = "/terms/" + term.id + "/cycles";
        ApiError refusal = ApiError.invalid(errors);
        if (errors.isEmpty()) {
            try {
                ReviewCycle cycle = cycles.create(term, new NewCycle(form.getFirst("name"), opens, closes,
                        "true".equals(form.getFirst("final")), reviewers));
                FormPost.forget(location);
                return FormPost.succeeded("/cycles/" + cycle.id,
                        Texts.of(ReviewMessages.class).cycle_created(cycle.name));
            } catch (ApiError e) {
                refusal = e;
            }
        }
        return FormPost.refused(form, refusal, location, "cycle", kept -> termPage(term, kept));
    }

    @GET
    @Path("cycles/{id}")
    public Response cycle(@PathParam("id") Long cycleId) {
        ReviewCycle cycle = readableCycle(cycleId);
        return FormPost.show("/cycles/" + cycle.id, kept -> cyclePage(cycle, kept));
    }

    @POST
    @Path("reviews/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") Long reviewId, MultivaluedMap<String, String> form) {
        requireAdmin();
        Review review = reviewId == null ? null : Review.findById(reviewId);
        if (review == null) {
            throw ApiError.notFound(Texts.of(ReviewMessages.class).no_review(reviewId));
        }
        String reason = form.getFirst("reason");
        String location = "/cycles/" + review.cycle.id;
        ReviewCycle cycle = review.cycle;
        return FormPost.attempt(form, () -> cycles.reopen(reviewId, reason), location, "review-" + review.id,
                Texts.of(ReviewMessages.class).reopened(review.reviewer.displayName), kept -> cyclePage(cycle, kept));
    }

    /** A cycle's page; a refused reopen shows its message beside the review it was for. */
    private String cyclePage(ReviewCycle cycle, Kept kept) {
        if (!kept.refused()) {
            return Templates.cycle(cyclePages.build(cycle, null, null)).render();
        }
        // A conflict (the review is no longer submitted) is said beside the reason too.
        FormState reopen = kept.problems().isEmpty()
                ? FormState.of(kept.form().values(), List.of(new FieldError("reason", kept.message()))) : kept.form();
        Long review = Long.valueOf(kept.key().substring("review-".length()));
        return Templates.cycle(cyclePages.build(cycle, review, reopen)).render();
    }

    private void requireAdmin() {
        if (!me.isAdmin()) {
            throw ApiError.forbidden(Texts.of(ReviewMessages.class).only_admin());
        }
    }

    private ReviewCycle readableCycle(Long cycleId) {
        ReviewCycle cycle = cycleId == null ? null : ReviewCycle.findById(cycleId);
        if (cycle == null) {
            throw ApiError.notFound(Texts.of(ReviewMessages.class).no_cycle(cycleId));
        }
        access.readable(cycle.term.id);
        return cycle;
    }

    /** The term's cycles; a refused create form says "see the fields" for invalid input, else the reason. */
    private String termPage(Term term, Kept kept) {
        String formError = !kept.refused() ? null
                : kept.status() == 422 ? Texts.of(ReviewMessages.class).form_attention() : kept.message();
        String previous = Term.previousOf(term).map(t -> t.president.username).orElse(null);
        return Templates.termCycles(term, ReviewCycle.ofTerm(term), today.date(), me.isAdmin(), kept.form(),
                formError, me.isAdmin() ? User.withRole(Role.REVIEWER) : List.of(), Set.copyOf(kept.all("reviewers")),
                previous).render();
    }

    private static LocalDate date(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, Texts.msg().required()));
            return null;
        }
        LocalDate date = IsoDate.parse(raw.trim());
        if (date == null) {
            errors.add(new FieldError(field, Texts.of(ReviewMessages.class).date_format()));
        }
        return date;
    }
}
