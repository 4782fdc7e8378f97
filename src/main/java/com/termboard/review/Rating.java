package com.termboard.review;

import com.termboard.plan.Objective;
import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A 1..5 rating of one objective in a review, with an optional comment. */
@Entity
public class Rating extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public Review review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    /** Null while a draft leaves the objective unrated. */
    @Column(name = "rating")
    public Integer value;

    public String comment = "";
}
