package com.termboard.scorecard;

import com.termboard.read.Jdbc;
import com.termboard.read.Scorecard;
import com.termboard.read.ScorecardView;
import com.termboard.session.CurrentUser;
import com.termboard.system.Today;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which review cycles' results the current user may see on a scorecard. Executives and admins see all. Anyone else
 * who reads the term (its president, its reviewers) sees a cycle once it has closed, and an assigned reviewer sees
 * it as soon as their own review is submitted: a reviewer must not see their peers' scores before scoring.
 */
@RequestScoped
public class ReviewVisibility {

    /**
     * What the current user sees of a term's cycles: the visible ones, and among the hidden ones those that the user
     * still has to review (shown once they submit); every other hidden cycle is shown when it closes.
     */
    public record Seen(Set<Long> visible, Set<Long> toReview) {

        public boolean sees(long cycle) {
            return visible.contains(cycle);
        }
    }

    @Inject
    CurrentUser me;

    @Inject
    Jdbc jdbc;

    @Inject
    Today today;

    public Seen seen(ScorecardView card) {
        Set<Long> visible = new HashSet<>();
        Set<Long> toReview = new HashSet<>();
        LocalDate day = today.date();
        for (ScorecardView.CycleRow c : card.cycles()) {
            if (me.readsReports() || day.isAfter(c.closesOn())) {
                visible.add(c.id());
            }
        }
        if (!me.readsReports() && me.isReviewer() && visible.size() < card.cycles().size()) {
            assignedToMe(card.term().id(), visible, toReview);
            toReview.removeAll(visible);
        }
        return new Seen(Set.copyOf(visible), Set.copyOf(toReview));
    }

    /** The scorecard as the current user may see it. */
    public ScorecardView masked(Scorecard card) {
        return mask(card.view(), card.reviewCycleId(), seen(card.view()));
    }

    /**
     * The scorecard with the numbers of the cycles {@code seen} hides blanked, including the term review score and
     * the composite when the term's score came from such a cycle.
     */
    public ScorecardView mask(ScorecardView card, Long reviewCycleId, Seen seen) {
        if (seen.visible().size() == card.cycles().size()) {
            return card;
        }
        List<ScorecardView.ObjectiveRow> objectives = card.objectives().stream()
                .map(o -> new ScorecardView.ObjectiveRow(o.id(), o.title(), o.weight(), o.kpiScore(), o.coverage(),
                        o.kpis(), o.cycles().stream().map(c -> seen.sees(c.cycle()) ? c
                                : new ScorecardView.ObjectiveCycleRow(c.cycle(), null, null, false, 0)).toList()))
                .toList();
        List<ScorecardView.CycleRow> cycles = card.cycles().stream().map(c -> seen.sees(c.id()) ? c
                : new ScorecardView.CycleRow(c.id(), c.name(), c.isFinal(), c.opensOn(), c.closesOn(), null,
                        c.assigned(), c.submitted())).toList();
        boolean hideTerm = reviewCycleId != null && !seen.sees(reviewCycleId);
        return new ScorecardView(card.term(), card.asOf(), card.elapsed(), card.kpiScore(), card.coverage(),
                hideTerm ? null : card.reviewScore(), hideTerm ? null : card.composite(), card.continuity(),
                objectives, cycles);
    }

    /** The term's cycles the current user is assigned to: submitted ones into {@code visible}, the rest to review. */
    private void assignedToMe(long termId, Set<Long> visible, Set<Long> toReview) {
        String sql = "SELECT cr.cycle_id, r.status = 'SUBMITTED' FROM cycle_reviewer cr "
                + "JOIN review_cycle rc ON rc.id = cr.cycle_id JOIN app_user u ON u.id = cr.reviewer_id "
                + "LEFT JOIN review r ON r.cycle_id = cr.cycle_id AND r.reviewer_id = cr.reviewer_id "
                + "WHERE rc.term_id = ? AND u.username = ?";
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, termId);
            s.setString(2, me.username());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    (rs.getBoolean(2) ? visible : toReview).add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the reviews", e);
        }
    }
}
