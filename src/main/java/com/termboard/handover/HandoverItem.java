package com.termboard.handover;

import com.termboard.plan.Objective;
import com.termboard.system.IdentifiedEntity;
import com.termboard.user.User;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An outgoing objective's recommendation and the incoming president's decision on it. */
@Entity
@Table(name = "handover_item")
public class HandoverItem extends IdentifiedEntity {

    /** What the outgoing president recommends. */
    public enum Recommendation { CARRY_OVER, CLOSE }

    /** What the incoming president decides. */
    public enum Decision { CARRY_OVER, DROP }

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    public String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_objective_id")
    public Objective newObjective;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    public User decidedBy;

    public Instant decidedAt;

    @Version
    public long version;
}
