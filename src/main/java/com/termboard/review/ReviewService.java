package com.termboard.review;

import com.termboard.system.BusinessMetrics;
import com.termboard.audit.AuditLog;
import com.termboard.plan.Objective;
import com.termboard.system.Today;
import com.termboard.user.User;
import com.termboard.web.ApiError;
import com.termboard.web.Validation;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of a reviewer's review: assigned only, open window only, submitted is immutable. */
@ApplicationScoped
@Transactional
public class ReviewService {

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /** The cycle if {@code user} is assigned to it: 404 when missing, 403 when not assigned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewCycle assignedCycle(Long cycleId, User user) {
        ReviewCycle cycle = cycleId == null ? null : ReviewCycle.findById(cycleId);
        if (cycle == null) {
            throw ApiError.notFound("No review cycle " + cycleId + ".");
        }
        if (!cycle.isAssigned(user.username)) {
            throw ApiError.forbidden("You are not assigned to this review cycle.");
        }
        return cycle;
    }

    /** Why the cycle takes no ratings today, or null when it is open. */
    public String closedReason(ReviewCycle cycle, LocalDate day) {
        if (cycle.term.closedAt != null) {
            return "The term is closed; its reviews can no longer change.";
        }
        if (day.isBefore(cycle.opensOn)) {
            return "This cycle opens on " + cycle.opensOn + ".";
        }
        if (day.isAfter(cycle.closesOn)) {
            return "This cycle closed on " + cycle.closesOn + ".";
        }
        return null;
    }

    /** Stores the reviewer's whole review (a draft, or submitted when {@code input.submit()}). */
    public Review save(ReviewCycle cycle, User reviewer, ReviewInput input) {
        Review review = Review.of(cycle, reviewer).orElse(null);
        if (review != null && review.status == ReviewStatus.SUBMITTED) {
            throw ApiError.conflict("This review is submitted and can no longer change. An admin can reopen it.");
        }
        String closed = closedReason(cycle, today.date());
        if (closed != null) {
            throw ApiError.conflict(closed);
        }
        if (review != null && input.version() != null && input.version() != review.version) {
            throw ApiError.conflict("This review was changed in the meantime (version " + review.version
                    + ", you sent " + input.version() + "). Reload it and apply your change again.");
        }
        List<Objective> objectives = Objective.ofTerm(cycle.term);
        Map<Long, ReviewInput.RatingInput> byObjective = validate(input, objectives);
        boolean submit = Boolean.TRUE.equals(input.submit());
        if (submit) {
            requireEveryObjectiveRated(objectives, byObjective);
        }
        boolean created = review == null;
        Map<String, Object> before = created ? null : snapshot(review);
        if (created) {
            review = new Review();
            review.cycle = cycle;
            review.reviewer = reviewer;
        }
        apply(review, objectives, byObjective);
        review.comment = input.comment() == null ? "" : input.comment().trim();
        review.updatedAt = Instant.now(clock);
        if (submit) {
            review.status = ReviewStatus.SUBMITTED;
            review.submittedAt = review.updatedAt;
        }
        if (created) {
            review.persist();
        }
        Review.flush();
        audit.record(submit ? "SUBMIT" : created ? "CREATE" : "UPDATE", "Review", review.id, before, snapshot(review));
        if (submit) {
            registry.counter(BusinessMetrics.REVIEW_SUBMISSIONS).increment();
        }
        return review;
    }

    private Map<Long, ReviewInput.RatingInput> validate(ReviewInput input, List<Objective> objectives) {
        Set<Long> ofTerm = new HashSet<>();
        objectives.forEach(o -> ofTerm.add(o.id));
        Validation v = new Validation().optionalText(input.comment(), "comment", 4000);
        List<ReviewInput.RatingInput> ratings = input.ratings() == null ? List.of() : input.ratings();
        v.require(ratings.size() <= 200, "ratings", "Too many ratings.");
        Map<Long, ReviewInput.RatingInput> byObjective = new LinkedHashMap<>();
        for (int i = 0; i < ratings.size() && i < 200; i++) {
            ReviewInput.RatingInput r = ratings.get(i);
            String at = "ratings[" + i + "]";
            if (r == null || r.objective() == null) {
                v.require(false, at + ".objective", "Required.");
                continue;
            }
            if (!ofTerm.contains(r.objective())) {
                v.require(false, at + ".objective", "Objective " + r.objective() + " is not an objective of this term.");
            } else if (byObjective.putIfAbsent(r.objective(), r) != null) {
                v.require(false, at + ".objective", "Objective " + r.objective() + " is rated twice.");
            }
            v.require(r.rating() == null || (r.rating() >= 1 && r.rating() <= 5), at + ".rating",
                    "Must be between 1 and 5.");
            v.optionalText(r.comment(), at + ".comment", 2000);
        }
        v.check();
        return byObjective;
    }

    private void requireEveryObjectiveRated(List<Objective> objectives, Map<Long, ReviewInput.RatingInput> given) {
        if (objectives.isEmpty()) {
            throw ApiError.conflict("The term has no objectives to rate yet.");
        }
        Validation v = new Validation();
        for (Objective o : objectives) {
            ReviewInput.RatingInput r = given.get(o.id);
            v.require(r != null && r.rating() != null, "ratings",
                    "Rate objective " + o.id + " (" + o.title + ") before submitting.");
        }
        v.check();
    }

    private void apply(Review review, List<Objective> objectives, Map<Long, ReviewInput.RatingInput> given) {
        Map<Long, Rating> existing = new HashMap<>();
        review.ratings.forEach(r -> existing.put(r.objective.id, r));
        List<Rating> keep = new ArrayList<>();
        for (Objective o : objectives) {
            ReviewInput.RatingInput in = given.get(o.id);
            String comment = in == null || in.comment() == null ? "" : in.comment().trim();
            if (in == null || (in.rating() == null && comment.isEmpty())) {
                continue; // nothing to keep for this objective
            }
            Rating rating = existing.get(o.id);
            if (rating == null) {
                rating = new Rating();
                rating.review = review;
                rating.objective = o;
                review.ratings.add(rating);
            }
            rating.value = in.rating();
            rating.comment = comment;
            keep.add(rating);
        }
        review.ratings.retainAll(keep);
    }

    /** What the audit log keeps of a review. */
    static Map<String, Object> snapshot(Review review) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", review.status);
        s.put("comment", review.comment);
        Map<Long, Object> ratings = new LinkedHashMap<>();
        for (Rating r : review.ratings) {
            Map<String, Object> one = new HashMap<>();
            one.put("rating", r.value);
            one.put("comment", r.comment);
            ratings.put(r.objective.id, one);
        }
        s.put("ratings", ratings);
        return s;
    }
}
