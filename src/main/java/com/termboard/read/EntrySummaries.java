package com.termboard.read;

import com.termboard.scoring.EntrySummary;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One statement that reduces the progress entries of many terms to one row per KPI, at each term's reference date
 * (the day asked, or the term's end if earlier), with the engine's rules: an entry named by a correction of the same
 * KPI never counts, and an entry dated after the reference date does not count yet.
 */
final class EntrySummaries {

    // Driven from the terms (objective_term, kpi_objective), then per KPI two index-only range scans of V3's covering
    // progress index (count and sum; the latest by a backward scan that stops at the first row), with corrections
    // found through V3's small partial index: the work follows the terms asked for, never the whole history.
    private static final String EFFECTIVE = "FROM progress_entry e WHERE e.kpi_id = k.id AND e.as_of <= r.ref "
            + "AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = e.id AND s.kpi_id = k.id)";
    private static final String SQL = "SELECT k.id, r.ref, a.n, a.total, l.value "
            + "FROM term t JOIN objective o ON o.term_id = t.id JOIN kpi k ON k.objective_id = o.id "
            + "CROSS JOIN LATERAL (SELECT LEAST(?::date, t.end_date) AS ref) r "
            + "CROSS JOIN LATERAL (SELECT count(*) AS n, sum(e.value) AS total " + EFFECTIVE + ") a "
            + "LEFT JOIN LATERAL (SELECT e.value " + EFFECTIVE
            + " ORDER BY e.as_of DESC, e.entered_at DESC, e.id DESC LIMIT 1) l ON true "
            + "WHERE t.id = ANY(?)";

    private EntrySummaries() {
    }

    /** Summaries by KPI id, one for every KPI of the terms (count 0 without a counting entry). */
    static Map<Long, EntrySummary> read(Connection c, Array termIds, LocalDate day) throws SQLException {
        Map<Long, EntrySummary> byKpi = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setObject(1, day);
            s.setArray(2, termIds);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byKpi.put(rs.getLong(1), new EntrySummary(rs.getObject(2, LocalDate.class), rs.getInt(3),
                            rs.getInt(3) == 0 ? BigDecimal.ZERO : rs.getBigDecimal(4), rs.getBigDecimal(5)));
                }
            }
        }
        return byKpi;
    }
}
