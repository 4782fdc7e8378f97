package com.termboard.review;

import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.user.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/cycles/{id}/reviews/me} for the assigned reviewer; {@code /api/reviews/{id}/reopen} for admins. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewApi {

    @Inject
    ReviewService reviews;

    @Inject
    ReviewReader reader;

    @Inject
    CycleService cycles;

    @Inject
    CurrentUser me;

    @Inject
    Today today;

    @GET
    @Path("cycles/{id}/reviews/me")
    @RolesAllowed(Role.REVIEWER_)
    public ReviewView mine(@PathParam("id") Long cycleId) {
        ReviewCycle cycle = reviews.assignedCycle(cycleId, me.user());
        return reader.read(cycle, me.user(), today.date());
    }

    @PUT
    @Path("cycles/{id}/reviews/me")
    @RolesAllowed(Role.REVIEWER_)
    @Transactional
    public ReviewView save(@PathParam("id") Long cycleId, ReviewInput input) {
        ReviewCycle cycle = reviews.assignedCycle(cycleId, me.user());
        reviews.save(cycle, me.user(), input == null ? new ReviewInput(null, null, null, null) : input);
        return reader.read(cycle, me.user(), today.date());
    }

    @POST
    @Path("reviews/{id}/reopen")
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public ReviewView reopen(@PathParam("id") Long reviewId, ReopenInput input) {
        Review review = cycles.reopen(reviewId, input == null ? null : input.reason());
        return reader.read(review.cycle, review.reviewer, today.date());
    }
}
