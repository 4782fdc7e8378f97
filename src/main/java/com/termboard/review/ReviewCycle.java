package com.termboard.review;

import com.termboard.system.IdentifiedEntity;
import com.termboard.term.Term;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A review window of a term (e.g. Mid-term, Final) with its assigned reviewers. */
@Entity
@Table(name = "review_cycle")
public class ReviewCycle extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    public Term term;

    public String name;
    public LocalDate opensOn;
    public LocalDate closesOn;

    @Column(name = "final")
    public boolean isFinal;

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<CycleReviewer> reviewers = new ArrayList<>();

    @Version
    public long version;

    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** UPCOMING before the window, OPEN inside it, CLOSED after it. */
    public String state(LocalDate today) {
        return today.isBefore(opensOn) ? "UPCOMING" : today.isAfter(closesOn) ? "CLOSED" : "OPEN";
    }

    public boolean isAssigned(String username) {
        return reviewers.stream().anyMatch(a -> a.reviewer.username.equals(username));
    }

    public static List<ReviewCycle> ofTerm(Term term) {
        return list("term = ?1 ORDER BY closesOn, id", term);
    }

    public static boolean hasFinal(Term term) {
        return count("term = ?1 AND isFinal = true", term) > 0;
    }
}
