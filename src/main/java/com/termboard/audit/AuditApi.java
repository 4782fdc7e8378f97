package com.termboard.audit;

import com.termboard.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/audit?entity=…&id=…&before=…}: the audit log for admins, newest first. */
@Path("/api/audit")
@RolesAllowed(Role.ADMIN_)
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {

    /** One audit entry; before and after are the JSON snapshots as stored. */
    public record AuditView(Long id, Instant at, String actor, String action, String entity, Long entityId,
            String before, String after, String detail) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id, e.at, e.actor, e.action, e.entity, e.entityId, e.before, e.after, e.detail);
        }
    }

    /**
     * Newest first, at most 500: of any of the entity types (repeated {@code entity}, or one comma-separated list; all
     * when none), of one entity id if given, older than the entry {@code before} if given.
     */
    @GET
    public List<AuditView> list(@QueryParam("entity") List<String> entity, @QueryParam("id") Long id,
            @QueryParam("before") Long before) {
        return new AuditQuery(AuditQuery.types(entity), id, before, null, 500).run().entries().stream()
                .map(AuditView::of).toList();
    }
}
