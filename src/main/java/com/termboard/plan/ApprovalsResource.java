package com.termboard.plan;

import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code /approvals}: every submitted plan waiting for an executive, each a link to its plan page. */
@Path("/approvals")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ApprovalsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance approvals(List<Waiting> plans);
    }

    /** A submitted plan: its term, group, president and when it was submitted (null if the audit log has none). */
    public record Waiting(long termId, String group, String groupName, String label, String president,
            LocalDate startDate, LocalDate endDate, Instant submittedAt) {
    }

    @Inject
    PlanGuard guard;

    @Inject
    EntityManager em;

    // Checked here, not with @RolesAllowed: see CycleResource.
    @GET
    public TemplateInstance approvals() {
        if (!guard.canApprove()) {
            throw ApiError.forbidden(Texts.of(PlanMessages.class).only_approver());
        }
        return Templates.approvals(waiting());
    }

    /** Submitted plans of open terms, the longest waiting first, in one statement. */
    @SuppressWarnings("unchecked")
    List<Waiting> waiting() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.id, g.code, g.name, t.label, u.display_name, t.start_date, t.end_date,
                       (SELECT max(a.at) FROM audit_entry a
                         WHERE a.entity = 'Term' AND a.entity_id = t.id AND a.action = 'SUBMIT')
                FROM term t JOIN business_group g ON g.id = t.group_id JOIN app_user u ON u.id = t.president_id
                WHERE t.plan_status = 'SUBMITTED' AND t.closed_at IS NULL
                ORDER BY 8 NULLS FIRST, t.start_date, t.id
                """).getResultList();
        return rows.stream().map(r -> new Waiting(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], date(r[5]), date(r[6]), instant(r[7]))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp ts ? ts.toInstant()
                : value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
