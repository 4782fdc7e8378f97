package com.termboard.admin;

import com.termboard.audit.AuditEntry;
import com.termboard.audit.AuditQuery;
import com.termboard.group.BusinessGroup;
import com.termboard.group.GroupService;
import com.termboard.group.GroupService.GroupRequest;
import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.metric.Metric;
import com.termboard.metric.MetricService;
import com.termboard.metric.MetricService.MetricRequest;
import com.termboard.user.NewUser;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.user.UserService;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FormPost;
import com.termboard.web.forms.FormReader;
import com.termboard.web.forms.FormState;
import com.termboard.web.forms.Kept;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** {@code /admin}: users, groups, the metric library and the audit log, for admins only. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_)
@Transactional
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    /** The admin page; {@code failedKey} names the refused form, if any. */
    public record AdminPage(List<User> users, List<BusinessGroup> groups, List<Metric> metrics, String failedKey,
            FormState failed, String conflict) {
        public FormState f(String key) {
            return key.equals(failedKey) ? failed : FormState.empty();
        }

        /** The e-mail form of a user's row: kept under "email-" and the username when refused. */
        public FormState emailForm(User user) {
            return f(EMAIL_FORM + user.username);
        }

        public String emailAction(User user) {
            return "/admin/users/" + user.username + "/email";
        }

        public String emailId(User user) {
            return EMAIL_FORM + user.username;
        }

        /** What the row's field shows: what was refused, else the stored address. */
        public String email(User user) {
            FormState form = emailForm(user);
            return form.hasErrors() ? form.value("email") : user.email == null ? "" : user.email;
        }

        public List<Role> roles() {
            return List.of(Role.values());
        }

        public List<Direction> directions() {
            return List.of(Direction.values());
        }

        public List<Aggregation> aggregations() {
            return List.of(Aggregation.values());
        }

        public boolean chosen(FormState form, String field, String value) {
            return form.values().containsKey(field) && form.value(field).equals(value);
        }
    }

    private static final String EMAIL_FORM = "email-";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(AdminPage page);

        static native TemplateInstance audit(AuditPage page);
    }

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    MetricService metrics;

    @GET
    public Response admin() {
        return FormPost.show("/admin", this::page);
    }

    @GET
    @Path("audit")
    public String audit(@QueryParam("entity") List<String> entity, @QueryParam("id") Long id,
            @QueryParam("before") Long before, @QueryParam("after") Long after) {
        List<String> chosen = AuditQuery.types(entity);
        AuditQuery.Page page = new AuditQuery(chosen, id, after == null ? before : null, after, AuditPage.SIZE).run();
        return Templates.audit(new AuditPage(page, AuditEntry.types(), chosen, id)).render();
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        return attempt("user", form, () -> users.create(new NewUser(r.text("username"), r.text("displayName"),
                form.getFirst("password"), r.all("roles"), r.text("email"))),
                Texts.of(AdminMessages.class).user_created());
    }

    @POST
    @Path("users/{username}/email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEmail(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        return attempt(EMAIL_FORM + username, form, () -> users.setEmail(username, new FormReader(form).text("email")),
                Texts.of(AdminMessages.class).email_saved(username));
    }

    @POST
    @Path("groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createGroup(MultivaluedMap<String, String> form) {
        return attempt("group", form, () -> {
            FormReader r = new FormReader(form);
            Integer months = r.integer("termMonths");
            r.check();
            String units = r.text("units");
            return groups.create(new GroupRequest(r.text("code"), r.text("name"), r.text("description"), months,
                    units == null ? List.of() : Arrays.stream(units.split("\\R")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList()));
        }, Texts.of(AdminMessages.class).group_created());
    }

    @POST
    @Path("metrics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createMetric(MultivaluedMap<String, String> form) {
        FormReader r = new FormReader(form);
        return attempt("metric", form, () -> metrics.create(new MetricRequest(r.text("code"), r.text("name"),
                r.text("unit"), r.text("direction"), r.text("aggregation"), r.text("description"))),
                Texts.of(AdminMessages.class).metric_added());
    }

    /** FormPost keeps no password of a refused form: the page never echoes it back. */
    private Response attempt(String key, MultivaluedMap<String, String> form, Supplier<Object> change, String done) {
        return FormPost.attempt(form, change::get, "/admin", key, done, this::page);
    }

    private String page(Kept kept) {
        return Templates.admin(new AdminPage(User.allByUsername(), BusinessGroup.allByCode(), Metric.allByCode(),
                kept.key(), kept.form(), kept.conflict())).render();
    }
}
