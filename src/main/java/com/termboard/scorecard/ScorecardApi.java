package com.termboard.scorecard;

import com.termboard.read.ScorecardView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/terms/{id}/scorecard}: every scoring number of a term, for whoever may read the term. */
@Path("/api/terms/{id}/scorecard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardApi {

    @Inject
    ReadableScorecards scorecards;

    @Inject
    ReviewVisibility visibility;

    @GET
    public ScorecardView scorecard(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        return visibility.masked(scorecards.of(id, asOf));
    }
}
