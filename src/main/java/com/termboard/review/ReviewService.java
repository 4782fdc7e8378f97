package com.termboard.review;

import com.termboard.audit.AuditLog;
import com.termboard.plan.Objective;
import com.termboard.system.BusinessMetrics;
import com.termboard.system.Today;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
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
            throw ApiError.notFound(Texts.of(ReviewMessages.class).no_cycle(cycleId));
        }
        if (!cycle.isAssigned(user.username)) {
            throw ApiError.forbidden(Texts.of(ReviewMessages.class).not_assigned());
        }
        return cycle;
    }

    /** Why the cycle takes no ratings today, or null when it is open. */
    public String closedReason(ReviewCycle cycle, LocalDate day) {
        ReviewMessages t = Texts.of(ReviewMessages.class);
        if (cycle.term.closedAt != null) {
            return t.term_closed_reviews();
        }
        if (day.isBefore(cycle.opensOn)) {
            return t.opens_on(Display.date(cycle.opensOn));
        }
        if (day.isAfter(cycle.closesOn)) {
            return t.closed_on(Display.date(cycle.closesOn));
        }
        return null;
    }

    /** Stores the reviewer's whole review (a draft, or submitted when {@code input.submit()}). */
    public Review save(ReviewCycle cycle, User reviewer, ReviewInput input) {
        Review review = Review.of(cycle, reviewer).orElse(null);
        ReviewMessages t = Texts.of(ReviewMessages.class);
        if (review != null && review.status == ReviewStatus.SUBMITTED) {
            throw ApiError.conflict(t.review_locked());
        }
        String closed = closedReason(cycle, today.date());
        if (closed != null) {
            throw ApiError.conflict(closed);
        }
        if (review != null && input.version() != null && input.version() != review.version) {
            throw ApiError.conflict(t.review_changed(review.version, input.version()));
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
        ReviewMessages t = Texts.of(ReviewMessages.class);
        List<ReviewInput.RatingInput> ratings = input.ratings() == null ? List.of() : input.ratings();
        v.require(ratings.size() <= 200, "ratings", t.too_many_ratings());
        Map<Long, ReviewInput.RatingInput> byObjective = new LinkedHashMap<>();
        for (int i = 0; i < ratings.size() && i < 200; i++) {
            ReviewInput.RatingInput r = ratings.get(i);
            String at = "ratings[" + i + "]";
            if (r == null || r.objective() == null) {
                v.require(false, at + ".objective", Texts.msg().required());
                continue;
            }
            if (!ofTerm.contains(r.objective())) {
                v.require(false, at + ".objective", t.objective_not_of_term(r.objective()));
            } else if (byObjective.putIfAbsent(r.objective(), r) != null) {
                v.require(false, at + ".objective", t.objective_twice(r.objective()));
            }
            v.require(r.rating() == null || (r.rating() >= 1 && r.rating() <= 5), at + ".rating",
                    Texts.msg().between(1, 5));
            v.optionalText(r.comment(), at + ".comment", 2000);
        }
        v.check();
        return byObjective;
    }

    private void requireEveryObjectiveRated(List<Objective> objectives, Map<Long, ReviewInput.RatingInput> given) {
        if (objectives.isEmpty()) {
            throw ApiError.conflict(Texts.of(ReviewMessages.class).no_objectives());
        }
        Validation v = new Validation();
        for (Objective o : objectives) {
            ReviewInput.RatingInput r = given.get(o.id);
            v.require(r != null && r.rating() != null, "ratings",
                    Texts.of(ReviewMessages.class).rate_objective(o.id, o.title));
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
