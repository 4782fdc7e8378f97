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

    /** The entity types the log holds, in alphabetical order. */
    public static List<String> types() {
        return getEntityManager().createQuery("SELECT DISTINCT a.entity FROM AuditEntry a ORDER BY 1", String.class)
                .getResultList();
    }
}
