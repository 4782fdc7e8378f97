package com.termboard.scorecard;

import com.termboard.system.Today;
import com.termboard.web.CurrentUser;
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

    @Inject
    CurrentUser me;

    @Inject
    Jdbc jdbc;

    @Inject
    Today today;

    public Set<Long> visibleCycles(ScorecardView card) {
        Set<Long> visible = new HashSet<>();
        LocalDate day = today.date();
        for (ScorecardView.CycleRow c : card.cycles()) {
            if (me.readsReports() || day.isAfter(c.closesOn())) {
                visible.add(c.id());
            }
        }
        if (!me.readsReports() && me.isReviewer()) {
            visible.addAll(submittedByMe(card.term().id()));
        }
        return visible;
    }

    /** The scorecard with the numbers of hidden cycles blanked, including a term review score that came from one. */
    public ScorecardView mask(ScorecardView card, Long reviewCycleId) {
        Set<Long> visible = visibleCycles(card);
        if (visible.size() == card.cycles().size()) {
            return card;
        }
        List<ScorecardView.ObjectiveRow> objectives = card.objectives().stream()
                .map(o -> new ScorecardView.ObjectiveRow(o.id(), o.title(), o.weight(), o.kpiScore(), o.coverage(),
                        o.kpis(), o.cycles().stream().map(c -> visible.contains(c.cycle()) ? c
                                : new ScorecardView.ObjectiveCycleRow(c.cycle(), null, null, false, 0)).toList()))
                .toList();
        List<ScorecardView.CycleRow> cycles = card.cycles().stream().map(c -> visible.contains(c.id()) ? c
                : new ScorecardView.CycleRow(c.id(), c.name(), c.isFinal(), c.opensOn(), c.closesOn(), null,
                        c.assigned(), c.submitted())).toList();
        boolean hideTerm = reviewCycleId != null && !visible.contains(reviewCycleId);
        return new ScorecardView(card.term(), card.asOf(), card.elapsed(), card.kpiScore(), card.coverage(),
                hideTerm ? null : card.reviewScore(), hideTerm ? null : card.composite(), card.continuity(),
                objectives, cycles);
    }

    private Set<Long> submittedByMe(long termId) {
        Set<Long> cycles = new HashSet<>();
        String sql = "SELECT r.cycle_id FROM review r JOIN review_cycle rc ON rc.id = r.cycle_id "
                + "JOIN app_user u ON u.id = r.reviewer_id "
                + "WHERE rc.term_id = ? AND u.username = ? AND r.status = 'SUBMITTED'";
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, termId);
            s.setString(2, me.username());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cycles.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the reviews", e);
        }
        return cycles;
    }
}
