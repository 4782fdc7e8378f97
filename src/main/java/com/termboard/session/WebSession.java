package com.termboard.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The server-side half of a form login; the browser holds only the id, the table only its hash. */
@Entity
@Table(name = "web_session")
public class WebSession extends PanacheEntityBase {

    @Id
    public String idHash;
    public String username;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant endedAt;
}
