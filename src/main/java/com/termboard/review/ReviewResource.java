package com.termboard.review;

import com.termboard.plan.Objective;
import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FieldError;
import com.termboard.web.forms.FormPost;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /cycles/{id}/review}: the assigned reviewer's scoring form, read-only once submitted. */
@Path("/cycles/{id}/review")
@Authenticated
public class ReviewResource {

    private static final Pattern RATING_FIELD = Pattern.compile("ratings\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewPage page);
    }

    @Inject
    ReviewService reviews;

    @Inject
    ReviewPages pages;

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") Long cycleId) {
        requireReviewer();
        ReviewCycle cycle = reviews.assignedCycle(cycleId, me.user());
        return FormPost.show("/cycles/" + cycle.id + "/review", kept -> page(cycle, kept));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") Long cycleId, MultivaluedMap<String, String> form) {
        requireReviewer();
        ReviewCycle cycle = reviews.assignedCycle(cycleId, me.user());
        List<Objective> objectives = Objective.ofTerm(cycle.term);
        boolean submit = "submit".equals(form.getFirst("action"));
        ReviewMessages t = Texts.of(ReviewMessages.class);
        List<FieldError> errors = new ArrayList<>();
        List<ReviewInput.RatingInput> ratings = new ArrayList<>();
        for (Objective o : objectives) {
            String raw = form.getFirst("rating-" + o.id);
            Integer rating = null;
            if (raw != null && !raw.isBlank()) {
                try {
                    rating = Integer.valueOf(raw.trim());
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("rating-" + o.id, t.choose_rating()));
                    continue;
                }
            }
            if (submit && rating == null) {
                errors.add(new FieldError("rating-" + o.id, t.rate_to_submit()));
            }
            ratings.add(new ReviewInput.RatingInput(o.id, rating, form.getFirst("comment-" + o.id)));
        }
        if (submit && !"yes".equals(form.getFirst("confirm"))) {
            errors.add(new FieldError("confirm", t.tick_confirm()));
        }
        String location = "/cycles/" + cycle.id + "/review";
        ApiError refusal;
        if (errors.isEmpty()) {
            try {
                reviews.save(cycle, me.user(), new ReviewInput(ratings, form.getFirst("comment"), submit,
                        version(form.getFirst("version"))));
                return FormPost.succeeded(location, submit ? t.submitted_thanks() : t.draft_saved());
            } catch (ApiError e) {
                refusal = new ApiError(e.status, e.title, e.getMessage(), onFields(e.errors, ratings));
            }
        } else {
            refusal = ApiError.invalid(errors);
        }
        return FormPost.refused(form, refusal, location, "review", kept -> page(cycle, kept));
    }

    /**
     * The review page; a refused form's field messages are in the error summary at the top, a refusal without any
     * (a conflict) says its reason beside the form.
     */
    private String page(ReviewCycle cycle, Kept kept) {
        String formError = !kept.refused() || !kept.problems().isEmpty() ? null
                : kept.status() == 422 ? Texts.of(ReviewMessages.class).form_attention() : kept.message();
        return Templates.review(pages.build(cycle, me.user(), today.date(), kept.form(), formError)).render();
    }

    // Checked here, not with @RolesAllowed: see CycleResource.
    private void requireReviewer() {
        if (!me.isReviewer()) {
            throw ApiError.forbidden(Texts.of(ReviewMessages.class).only_reviewers());
        }
    }

    /** Maps the service's field names (ratings[i].rating) onto this form's (rating-{objective}). */
    private static List<FieldError> onFields(List<FieldError> errors, List<ReviewInput.RatingInput> sent) {
        List<FieldError> mapped = new ArrayList<>();
        for (FieldError e : errors) {
            Matcher m = RATING_FIELD.matcher(e.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < sent.size()) {
                long objective = sent.get(Integer.parseInt(m.group(1))).objective();
                mapped.add(new FieldError(("comment".equals(m.group(2)) ? "comment-" : "rating-") + objective,
                        e.message()));
            } else {
                mapped.add(e);
            }
        }
        return mapped;
    }

    private static Long version(String raw) {
        try {
            long v = Long.parseLong(raw == null ? "" : raw.trim());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
