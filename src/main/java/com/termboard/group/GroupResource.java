package com.termboard.group;

import com.termboard.group.GroupService.GroupRequest;
import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.term.TermService;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormReader;
import com.termboard.web.forms.FormState;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** {@code /groups}: the business groups, their units and term timeline; admins add terms and rotations here. */
@Path("/groups")
@Authenticated
@Transactional
@Produces(MediaType.TEXT_HTML)
public class GroupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BusinessGroup> groups, List<Term> current);

        static native TemplateInstance group(GroupPage page);
    }

    @Inject
    Today today;

    @Inject
    CurrentUser me;

    @Inject
    TermService terms;

    @Inject
    GroupService groups;

    @GET
    public String list() {
        return Templates.list(BusinessGroup.allByCode(), Term.activeOn(today.date())).render();
    }

    @GET
    @Path("{code}")
    public Response group(@PathParam("code") String code) {
        BusinessGroup group = group0(code);
        return FormPost.show("/groups/" + code, kept -> page(group, kept.key(), kept.form(), kept.conflict()));
    }

    @POST
    @Path("{code}/terms")
    @RolesAllowed(Role.ADMIN_)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTerm(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        BusinessGroup group = group0(code);
        try {
            FormReader r = new FormReader(form);
            String president = r.text("president");
            LocalDate start = r.date("startDate");
            LocalDate end = r.date("endDate");
            r.check();
            Term term = terms.create(group, president, start, end, r.text("label"));
            return FormPost.succeeded("/groups/" + code, Texts.of(GroupMessages.class).term_added(term.label));
        } catch (ApiError e) {
            return refused(group, "term", form, e);
        }
    }

    @POST
    @Path("{code}/rotation")
    @RolesAllowed(Role.ADMIN_)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        BusinessGroup group = group0(code);
        try {
            FormReader r = new FormReader(form);
            String roster = r.text("presidents");
            LocalDate start = r.date("startDate");
            Integer count = r.integer("count");
            r.check();
            List<String> names = roster == null ? List.of() : Arrays.stream(roster.split("[,\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            int n = terms.rotate(group, names, start, count).size();
            return FormPost.succeeded("/groups/" + code, Texts.of(GroupMessages.class).rotation_added(n));
        } catch (ApiError e) {
            return refused(group, "rotation", form, e);
        }
    }

    @POST
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        BusinessGroup group = group0(code);
        try {
            FormReader r = new FormReader(form);
            Integer months = r.integer("termMonths");
            r.check();
            String units = r.text("units");
            groups.update(group, new GroupRequest(code, r.text("name"), r.text("description"), months,
                    units == null ? List.of() : Arrays.stream(units.split("\\R")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList()));
            return FormPost.succeeded("/groups/" + code, Texts.of(GroupMessages.class).group_saved());
        } catch (ApiError e) {
            return refused(group, "group", form, e);
        }
    }

    private Response refused(BusinessGroup group, String key, MultivaluedMap<String, String> form, ApiError e) {
        return FormPost.refused(form, e, "/groups/" + group.code, key,
                kept -> page(group0(group.code), kept.key(), kept.form(), kept.conflict()));
    }

    private String page(BusinessGroup group, String key, FormState form, String conflict) {
        List<Term> all = Term.ofGroup(group);
        LocalDate suggested = all.isEmpty() ? today.date().withDayOfMonth(1) : all.get(all.size() - 1).endDate.plusDays(1);
        List<User> presidents = me.isAdmin() ? User.withRole(Role.PRESIDENT) : List.of();
        return Templates.group(new GroupPage(group, Timeline.of(all, today.date()), presidents, key, form, conflict,
                suggested)).render();
    }

    private static BusinessGroup group0(String code) {
        return BusinessGroup.byCode(code).orElseThrow(() -> ApiError.notFound(Texts.of(GroupMessages.class).no_group(code)));
    }
}
