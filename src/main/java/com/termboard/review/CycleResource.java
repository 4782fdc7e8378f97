package com.termboard.review;

import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermAccess;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.ApiError;
import com.termboard.web.CurrentUser;
import com.termboard.web.FieldError;
import com.termboard.web.Flash;
import com.termboard.web.FormState;
import com.termboard.web.Texts;
import com.termboard.web.IsoDate;
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
    public TemplateInstance termCycles(@PathParam("id") Long termId) {
        Term term = access.readable(termId);
        return termPage(term, FormState.empty(), null, Set.of());
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
        String formError = Texts.of(ReviewMessages.class).form_attention();
        if (errors.isEmpty()) {
            try {
                ReviewCycle cycle = cycles.create(term, new NewCycle(form.getFirst("name"), opens, closes,
                        "true".equals(form.getFirst("final")), reviewers));
                return Flash.redirect("/cycles/" + cycle.id, Texts.of(ReviewMessages.class).cycle_created(cycle.name));
            } catch (ApiError e) {
                if (e.status != 400 && e.status != 409) {
                    throw e;
                }
                errors.addAll(e.errors);
                formError = e.status == 409 ? e.getMessage() : formError;
            }
        }
        String html = termPage(term, FormState.of(form, errors), formError, Set.copyOf(reviewers)).render();
        return Response.status(422).type(MediaType.TEXT_HTML).entity(html).build();
    }

    @GET
    @Path("cycles/{id}")
    public TemplateInstance cycle(@PathParam("id") Long cycleId) {
        return Templates.cycle(cyclePages.build(readableCycle(cycleId), null, null));
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
        try {
            cycles.reopen(reviewId, reason);
            return Flash.redirect("/cycles/" + review.cycle.id,
                    Texts.of(ReviewMessages.class).reopened(review.reviewer.displayName));
        } catch (ApiError e) {
            if (e.status != 400 && e.status != 409) {
                throw e;
            }
            String message = e.errors.isEmpty() ? e.getMessage() : e.errors.get(0).message();
            String html = Templates.cycle(cyclePages.build(review.cycle, review.id, message)).render();
            return Response.status(422).type(MediaType.TEXT_HTML).entity(html).build();
        }
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

    private TemplateInstance termPage(Term term, FormState form, String formError, Set<String> chosen) {
        String previous = Term.previousOf(term).map(t -> t.president.username).orElse(null);
        return Templates.termCycles(term, ReviewCycle.ofTerm(term), today.date(), me.isAdmin(), form, formError,
                me.isAdmin() ? User.withRole(Role.REVIEWER) : List.of(), chosen, previous);
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
