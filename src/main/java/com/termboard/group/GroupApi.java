package com.termboard.group;

import com.termboard.group.GroupService.GroupRequest;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermService;
import com.termboard.term.TermView;
import com.termboard.user.Role;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** {@code /api/groups}: the business groups and their terms, for any logged-in user. */
@Path("/api/groups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class GroupApi {

    @Inject
    Today today;

    @Inject
    GroupService groups;

    @Inject
    TermService terms;

    @GET
    public List<GroupView> list() {
        return BusinessGroup.allByCode().stream().map(GroupView::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(GroupRequest in) {
        BusinessGroup group = groups.create(in == null ? new GroupRequest(null, null, null, null, null) : in);
        return Response.created(URI.create("/api/groups/" + group.code)).entity(GroupView.of(group)).build();
    }

    /** The body of {@code POST /api/groups/{code}/terms}. */
    public record TermRequest(String president, LocalDate startDate, LocalDate endDate, String label) {
    }

    /** The body of {@code POST /api/groups/{code}/rotation}. */
    public record RotationRequest(List<String> presidents, LocalDate startDate, Integer count) {
    }

    @POST
    @Path("{code}/terms")
    @RolesAllowed(Role.ADMIN_)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createTerm(@PathParam("code") String code, TermRequest in) {
        if (in == null) {
            throw ApiError.badRequest(Texts.of(GroupMessages.class).json_body_needed());
        }
        Term term = terms.create(group(code), in.president(), in.startDate(), in.endDate(), in.label());
        return Response.created(URI.create("/api/terms/" + term.id)).entity(TermView.of(term, today.date())).build();
    }

    @POST
    @Path("{code}/rotation")
    @RolesAllowed(Role.ADMIN_)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response rotate(@PathParam("code") String code, RotationRequest in) {
        if (in == null) {
            throw ApiError.badRequest(Texts.of(GroupMessages.class).json_body_needed());
        }
        LocalDate day = today.date();
        List<TermView> created = terms.rotate(group(code), in.presidents(), in.startDate(), in.count()).stream()
                .map(t -> TermView.of(t, day)).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{code}/terms")
    public List<TermView> terms(@PathParam("code") String code) {
        LocalDate day = today.date();
        return Term.ofGroup(group(code)).stream().map(t -> TermView.of(t, day)).toList();
    }

    private static BusinessGroup group(String code) {
        return BusinessGroup.byCode(code).orElseThrow(() -> ApiError.notFound(Texts.of(GroupMessages.class).no_group(code)));
    }
}
