package com.termboard.review;

import com.termboard.user.User;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reviewer's section of the dashboard: open cycles (days left, draft or not started), upcoming, done. */
@ApplicationScoped
public class ReviewerCycles {

    /** The reviewer's cycles in three lists. */
    @TemplateData
    public record Overview(List<Row> open, List<Row> upcoming, List<Row> done) {

        public boolean isEmpty() {
            return open.isEmpty() && upcoming.isEmpty() && done.isEmpty();
        }
    }

    /** One assigned cycle; {@code status} is NOT_STARTED, DRAFT or SUBMITTED. */
    @TemplateData
    public record Row(long cycleId, String name, String group, String termLabel, LocalDate opensOn,
            LocalDate closesOn, long daysLeft, long daysToOpen, String status, boolean conflictOfInterest) {
    }

    public Overview of(User reviewer, LocalDate today) {
        List<CycleReviewer> assignments = CycleReviewer.list("SELECT a FROM CycleReviewer a JOIN FETCH a.cycle c "
                + "JOIN FETCH c.term t JOIN FETCH t.group WHERE a.reviewer = ?1 ORDER BY c.closesOn, c.id", reviewer);
        Map<Long, ReviewStatus> statuses = new HashMap<>();
        List<Review> reviews = Review.list("reviewer = ?1", reviewer);
        reviews.forEach(r -> statuses.put(r.cycle.id, r.status));
        List<Row> rows = assignments.stream().map(a -> {
            ReviewCycle c = a.cycle;
            ReviewStatus s = statuses.get(c.id);
            return new Row(c.id, c.name, c.term.group.code, c.term.label, c.opensOn, c.closesOn,
                    ChronoUnit.DAYS.between(today, c.closesOn), ChronoUnit.DAYS.between(today, c.opensOn),
                    s == null ? "NOT_STARTED" : s.name(), a.conflictOfInterest);
        }).toList();
        List<Row> open = rows.stream().filter(r -> !r.status().equals("SUBMITTED") && !today.isBefore(r.opensOn())
                && !today.isAfter(r.closesOn())).toList();
        List<Row> upcoming = rows.stream().filter(r -> today.isBefore(r.opensOn())).toList();
        // Done: submitted, or closed; the most recent first.
        List<Row> done = rows.stream().filter(r -> !today.isBefore(r.opensOn())
                && (r.status().equals("SUBMITTED") || today.isAfter(r.closesOn())))
                .sorted((x, y) -> y.closesOn().compareTo(x.closesOn())).toList();
        return new Overview(open, upcoming, done);
    }
}
