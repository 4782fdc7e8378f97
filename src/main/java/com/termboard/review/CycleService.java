package com.termboard.review;

import com.termboard.audit.AuditLog;
import com.termboard.notify.Notice;
import com.termboard.notify.NotificationKind;
import com.termboard.notify.Notifications;
import com.termboard.system.Today;
import com.termboard.term.Term;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creates review cycles with their reviewers and reopens submitted reviews; every change audited. */
@ApplicationScoped
@Transactional
public class CycleService {

    /** A cycle may close up to this many days after its term ends (SPEC.md "Review cycle"). */
    static final int DAYS_AFTER_TERM = 30;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Today today;

    @Inject
    Clock clock;

    public ReviewCycle create(Term term, NewCycle input) {
        ReviewMessages t = Texts.of(ReviewMessages.class);
        if (term.closedAt != null) {
            throw ApiError.conflict(t.term_closed());
        }
        Validation v = new Validation().text(input.name(), "name", 80);
        v.require(input.opensOn() != null, "opensOn", Texts.msg().required());
        v.require(input.closesOn() != null, "closesOn", Texts.msg().required());
        if (input.opensOn() != null && input.closesOn() != null) {
            v.require(!input.closesOn().isBefore(input.opensOn()), "closesOn", t.closes_before_opens());
        }
        LocalDate latest = term.endDate.plusDays(DAYS_AFTER_TERM);
        v.require(input.opensOn() == null || !input.opensOn().isBefore(term.startDate), "opensOn",
                t.opens_before_term(Display.date(term.startDate)));
        v.require(input.opensOn() == null || !input.opensOn().isAfter(latest), "opensOn",
                t.after_latest(Display.date(latest)));
        v.require(input.closesOn() == null || !input.closesOn().isAfter(latest), "closesOn",
                t.after_latest(Display.date(latest)));
        Map<String, User> reviewers = reviewers(input.reviewers(), term, v);
        v.check();
        boolean isFinal = Boolean.TRUE.equals(input.isFinal());
        if (isFinal && ReviewCycle.hasFinal(term)) {
            throw ApiError.conflict(t.final_exists());
        }
        String name = input.name().trim();
        if (ReviewCycle.count("term = ?1 AND lower(name) = ?2", term, name.toLowerCase()) > 0) {
            throw ApiError.conflict(t.name_exists(name));
        }
        ReviewCycle cycle = new ReviewCycle();
        cycle.term = term;
        cycle.name = name;
        cycle.opensOn = input.opensOn();
        cycle.closesOn = input.closesOn();
        cycle.isFinal = isFinal;
        cycle.persist();
        Optional<User> previousPresident = Term.previousOf(term).map(previous -> previous.president);
        for (User u : reviewers.values()) {
            boolean conflict = previousPresident.map(p -> p.id.equals(u.id)).orElse(false);
            CycleReviewer assignment = CycleReviewer.of(cycle, u, conflict);
            assignment.persist();
            cycle.reviewers.add(assignment);
        }
        audit.record("CREATE", "ReviewCycle", cycle.id, null, CycleView.of(cycle, today.date(), null));
        notifications.tell(reviewers.values().stream().map(u -> u.id).toList(),
                notice(cycle, NotificationKind.REVIEWER_ASSIGNED).withDue(cycle.closesOn));
        return cycle;
    }

    /** Returns a submitted review to draft, so its reviewer can change it; the reason is audited. */
    public Review reopen(Long reviewId, String reason) {
        Review review = reviewId == null ? null : Review.findById(reviewId);
        if (review == null) {
            throw ApiError.notFound(Texts.of(ReviewMessages.class).no_review(reviewId));
        }
        new Validation().text(reason, "reason", 2000).check();
        if (review.status != ReviewStatus.SUBMITTED) {
            throw ApiError.conflict(Texts.of(ReviewMessages.class).reopen_not_submitted());
        }
        Map<String, Object> before = ReviewService.snapshot(review);
        review.status = ReviewStatus.DRAFT;
        review.submittedAt = null;
        review.updatedAt = Instant.now(clock);
        audit.record("REOPEN", "Review", review.id, before, ReviewService.snapshot(review), reason.trim());
        notifications.tell(List.of(review.reviewer.id),
                notice(review.cycle, NotificationKind.REVIEW_REOPENED).withReason(reason.trim()));
        return review;
    }

    private static Notice notice(ReviewCycle cycle, NotificationKind kind) {
        return new Notice(kind, "cycle", cycle.id, "/cycles/" + cycle.id + "/review", cycle.term.group.code,
                cycle.term.label, cycle.name, null, null, null, null);
    }

    private Map<String, User> reviewers(List<String> usernames, Term term, Validation v) {
        Map<String, User> found = new LinkedHashMap<>();
        ReviewMessages t = Texts.of(ReviewMessages.class);
        if (usernames == null || usernames.isEmpty()) {
            v.require(false, "reviewers", t.reviewers_none());
            return found;
        }
        v.require(usernames.size() <= 50, "reviewers", t.reviewers_too_many());
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : usernames.stream().limit(50).toList()) {
            if (name == null || name.isBlank() || name.length() > 64) {
                problems.add(t.reviewer_bad_name());
                continue;
            }
            if (!seen.add(name)) {
                problems.add(t.reviewer_twice(name));
                continue;
            }
            Optional<User> user = User.byUsername(name);
            if (user.isEmpty() || !user.get().active) {
                problems.add(t.reviewer_unknown(name));
            } else if (!user.get().hasRole(Role.REVIEWER)) {
                problems.add(t.reviewer_not_reviewer(name));
            } else if (user.get().id.equals(term.president.id)) {
                problems.add(t.reviewer_presides(name));
            } else {
                found.put(name, user.get());
            }
        }
        v.require(problems.isEmpty(), "reviewers", t.reviewers_not_accepted(String.join("; ", problems)));
        return found;
    }
}
