package com.termboard.handover;

import com.termboard.system.IdentifiedEntity;
import com.termboard.term.Term;
import com.termboard.user.User;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** The outgoing president's handover note for a term. */
@Entity
public class Handover extends IdentifiedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    public String note = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by_id")
    public User updatedBy;

    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Handover> ofTerm(Term term) {
        return find("term", term).firstResultOptional();
    }
}
