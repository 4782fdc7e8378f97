package com.termboard.report;

import com.termboard.read.ReadModel;
import com.termboard.read.ReportViews;
import com.termboard.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/reports/...}: the executive reports as JSON, the twins of the report pages. */
@Path("/api/reports")
@RolesAllowed({Role.EXECUTIVE_, Role.ADMIN_})
@Produces(MediaType.APPLICATION_JSON)
public class ReportApi {

    @Inject
    ReadModel reads;

    @GET
    @Path("compare")
    public ReportViews.Comparison compare(@QueryParam("terms") String terms, @QueryParam("ref") String ref) {
        return TermIds.compare(reads, terms, ref);
    }

    @GET
    @Path("groups/{code}")
    public ReportViews.GroupHistory group(@PathParam("code") String code) {
        return reads.groupHistory(code);
    }

    @GET
    @Path("presidents/{username}")
    public ReportViews.PresidentHistory president(@PathParam("username") String username) {
        return reads.presidentHistory(username);
    }

    @GET
    @Path("reviewers")
    public ReportViews.ReviewerReport reviewers() {
        return reads.reviewers();
    }
}
