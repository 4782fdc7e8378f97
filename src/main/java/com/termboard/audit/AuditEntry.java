package com.termboard.audit;

import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who did what to which entity, with the state before and after; append-only. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends IdentifiedEntity {

    public Instant at;
    public String actor;
    public String action;
    public String entity;
    public Long entityId;

    @JdbcTypeCode(SqlTypes.JSON)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    public String after;

    public String detail;

    public static List<AuditEntry> ofEntity(String entity, Long entityId, int limit) {
        if (entityId == null) {
            return find("entity = ?1 ORDER BY at DESC, id DESC", entity).page(0, limit).list();
        }
        return find("entity = ?1 AND entityId = ?2 ORDER BY at DESC, id DESC", entity, entityId)
                .page(0, limit).list();
    }

    public static List<AuditEntry> latest(int limit) {
        return find("ORDER BY at DESC, id DESC").page(0, limit).list();
    }
}
