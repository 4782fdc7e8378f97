package com.termboard.review;

import com.termboard.user.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A reviewer assigned to a cycle; flagged when they were the group's previous president. */
@Entity
@Table(name = "cycle_reviewer")
public class CycleReviewer extends PanacheEntityBase {

    /** The composite key (cycle, reviewer). */
    @Embeddable
    public record Key(Long cycleId, Long reviewerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @EmbeddedId
    public Key id;

    @MapsId("cycleId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @MapsId("reviewerId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    public User reviewer;

    public boolean conflictOfInterest;

    public static CycleReviewer of(ReviewCycle cycle, User reviewer, boolean conflict) {
        CycleReviewer assignment = new CycleReviewer();
        assignment.id = new Key(cycle.id, reviewer.id);
        assignment.cycle = cycle;
        assignment.reviewer = reviewer;
        assignment.conflictOfInterest = conflict;
        return assignment;
    }
}
