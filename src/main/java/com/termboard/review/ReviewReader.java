package com.termboard.review;

import com.termboard.plan.Objective;
import com.termboard.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a reviewer's review with the others' submitted reviews, applying the blind rule. */
@ApplicationScoped
public class ReviewReader {

    @Inject
    ReviewService rules;

    /** Other reviewers' scores are hidden until this reviewer has submitted or the cycle has closed. */
    public static boolean othersVisible(ReviewCycle cycle, Review own, LocalDate today) {
        return (own != null && own.status == ReviewStatus.SUBMITTED) || today.isAfter(cycle.closesOn);
    }

    public ReviewView read(ReviewCycle cycle, User reviewer, LocalDate today) {
        List<Objective> objectives = Objective.ofTerm(cycle.term);
        Review own = Review.of(cycle, reviewer).orElse(null);
        List<ReviewView.Other> others = null;
        if (othersVisible(cycle, own, today)) {
            others = Review.submittedIn(cycle).stream().filter(r -> !r.reviewer.id.equals(reviewer.id))
                    .map(r -> new ReviewView.Other(r.reviewer.username, r.reviewer.displayName, r.comment,
                            rows(objectives, r)))
                    .toList();
        }
        String reason = rules.closedReason(cycle, today);
        return new ReviewView(own == null ? null : own.id, cycle.id, reviewer.username,
                own == null ? "NOT_STARTED" : own.status.name(), own == null ? null : own.version,
                own == null ? "" : own.comment, own == null ? null : own.submittedAt,
                reason == null && (own == null || own.status == ReviewStatus.DRAFT), reason, rows(objectives, own),
                others);
    }

    static List<ReviewView.RatingRow> rows(List<Objective> objectives, Review review) {
        Map<Long, Rating> byObjective = new HashMap<>();
        if (review != null) {
            review.ratings.forEach(r -> byObjective.put(r.objective.id, r));
        }
        return objectives.stream().map(o -> {
            Rating r = byObjective.get(o.id);
            return new ReviewView.RatingRow(o.id, o.title, o.weight, r == null ? null : r.value,
                    r == null ? "" : r.comment);
        }).toList();
    }
}
