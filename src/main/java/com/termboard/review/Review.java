package com.termboard.review;

import com.termboard.system.IdentifiedEntity;
import com.termboard.user.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One reviewer's scoring of a term in a cycle. */
@Entity
public class Review extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    public User reviewer;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status = ReviewStatus.DRAFT;

    public String comment = "";
    public Instant submittedAt;
    public Instant updatedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<Rating> ratings = new ArrayList<>();

    @Version
    public long version;

    public static Optional<Review> of(ReviewCycle cycle, User reviewer) {
        return find("cycle = ?1 AND reviewer = ?2", cycle, reviewer).firstResultOptional();
    }

    public static List<Review> inCycle(ReviewCycle cycle) {
        return list("SELECT r FROM Review r JOIN FETCH r.reviewer WHERE r.cycle = ?1 ORDER BY r.reviewer.username",
                cycle);
    }

    public static List<Review> submittedIn(ReviewCycle cycle) {
        return list("cycle = ?1 AND status = ?2 ORDER BY submittedAt", cycle, ReviewStatus.SUBMITTED);
    }
}
