package com.termboard.group;

import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermView;
import com.termboard.web.ApiError;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/groups}: the business groups and their terms, for any logged-in user. */
@Path("/api/groups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class GroupApi {

    @Inject
    Today today;

    @GET
    public List<GroupView> list() {
        return BusinessGroup.allByCode().stream().map(GroupView::of).toList();
    }

    @GET
    @Path("{code}/terms")
    public List<TermView> terms(@PathParam("code") String code) {
        BusinessGroup group = BusinessGroup.byCode(code)
                .orElseThrow(() -> ApiError.notFound("No business group " + code + "."));
        LocalDate day = today.date();
        return Term.ofGroup(group).stream().map(t -> TermView.of(t, day)).toList();
    }
}
