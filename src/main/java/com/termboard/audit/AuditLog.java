package com.termboard.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Writes audit entries in the caller's transaction, so an entry exists exactly when the change does. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, Long entityId, Object before, Object after) {
        write(currentActor(), action, entity, entityId, before, after, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, Long entityId, Object before, Object after, String detail) {
        write(currentActor(), action, entity, entityId, before, after, detail);
    }

    /** For events outside a business transaction, such as a failed login. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String entity, String detail) {
        write(actor, action, entity, null, null, null, detail);
    }

    private void write(String actor, String action, String entity, Long entityId, Object before, Object after,
            String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.entity = entity;
        entry.entityId = entityId;
        entry.before = toJson(before);
        entry.after = toJson(after);
        entry.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
        entry.persist();
    }

    private String currentActor() {
        try {
            SecurityIdentity current = identity.get();
            return current.isAnonymous() ? "system" : current.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return "system"; // start-up jobs such as loading the demo data
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit value is not serialisable: " + value.getClass(), e);
        }
    }
}
