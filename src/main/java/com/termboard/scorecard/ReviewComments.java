package com.termboard.scorecard;

import com.termboard.read.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The comments of submitted reviews of a term, read in one statement; callers pass the cycles the user may see. */
@ApplicationScoped
public class ReviewComments {

    /** One submitted review's words: the overall comment and the comment on each rated objective. */
    public record Comment(long cycleId, String reviewer, String overall, List<String> onObjectives) {
    }

    @Inject
    Jdbc jdbc;

    public List<Comment> of(long termId, Set<Long> visibleCycles) {
        Map<Long, Comment> byReview = new LinkedHashMap<>();
        String sql = "SELECT r.id, r.cycle_id, u.display_name, r.comment, o.title, ra.comment FROM review r "
                + "JOIN review_cycle rc ON rc.id = r.cycle_id JOIN app_user u ON u.id = r.reviewer_id "
                + "LEFT JOIN rating ra ON ra.review_id = r.id AND ra.comment <> '' "
                + "LEFT JOIN objective o ON o.id = ra.objective_id "
                + "WHERE rc.term_id = ? AND r.status = 'SUBMITTED' "
                + "ORDER BY rc.closes_on, rc.id, r.submitted_at, r.id, o.position, o.id";
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, termId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long cycle = rs.getLong(2);
                    if (!visibleCycles.contains(cycle)) {
                        continue;
                    }
                    Comment comment = byReview.computeIfAbsent(rs.getLong(1),
                            id -> new Comment(cycle, rsString(rs, 3), rsString(rs, 4), new ArrayList<>()));
                    if (rs.getString(6) != null) {
                        comment.onObjectives().add(rs.getString(5) + ": " + rs.getString(6));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the review comments", e);
        }
        return byReview.values().stream().filter(c -> !c.overall().isBlank() || !c.onObjectives().isEmpty())
                .toList();
    }

    private static String rsString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
