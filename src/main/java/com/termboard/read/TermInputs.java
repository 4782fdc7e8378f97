package com.termboard.read;

import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.scoring.CycleInput;
import com.termboard.scoring.EntrySummary;
import com.termboard.scoring.KpiInput;
import com.termboard.scoring.ObjectiveInput;
import com.termboard.scoring.ProgressPoint;
import com.termboard.scoring.SubmittedRating;
import com.termboard.scoring.TermInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads everything the scoring engine needs for any number of terms in six set-based statements, whatever
 * the number of terms, objectives or entries: no entity graphs, no N+1.
 */
@ApplicationScoped
class TermInputs {

    @Inject
    Jdbc jdbc;

    /** The inputs of the given terms, keyed by term id in the order given; unknown ids are left out. */
    public Map<Long, TermInput> load(Collection<Long> termIds) {
        return load(termIds, null);
    }

    /**
     * As {@link #load(Collection)}, but with each KPI's entries summarised in SQL at {@code day} (or the term's end if
     * earlier) instead of read one by one, when {@code day} is not null: such inputs score at {@code day} only.
     */
    public Map<Long, TermInput> load(Collection<Long> termIds, LocalDate day) {
        if (termIds.isEmpty()) {
            return Map.of();
        }
        try (Connection c = jdbc.connection()) {
            Array ids = c.createArrayOf("bigint", termIds.toArray());
            Map<Long, List<ProgressPoint>> entries = day == null ? entries(c, ids) : Map.of();
            Map<Long, EntrySummary> summaries = day == null ? null : EntrySummaries.read(c, ids, day);
            Map<Long, List<KpiInput>> kpis = kpis(c, ids, day, entries, summaries);
            Map<Long, List<ObjectiveInput>> objectives = objectives(c, ids, kpis);
            Map<Long, List<SubmittedRating>> ratings = ratings(c, ids);
            Map<Long, List<CycleInput>> cycles = cycles(c, ids, ratings);
            Map<Long, TermInput> terms = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, start_date, end_date FROM term WHERE id = ANY(?)")) {
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        terms.put(id, new TermInput(id, rs.getObject(2, java.time.LocalDate.class),
                                rs.getObject(3, LocalDate.class), objectives.getOrDefault(id, List.of()),
                                cycles.getOrDefault(id, List.of())));
                    }
                }
            }
            Map<Long, TermInput> ordered = new LinkedHashMap<>();
            termIds.forEach(id -> {
                if (terms.containsKey(id)) {
                    ordered.put(id, terms.get(id));
                }
            });
            return ordered;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the scoring inputs", e);
        }
    }

    private Map<Long, List<ProgressPoint>> entries(Connection c, Array ids) throws SQLException {
        Map<Long, List<ProgressPoint>> byKpi = new HashMap<>();
        String sql = "SELECT e.kpi_id, e.id, e.as_of, e.value, e.entered_at, e.supersedes_id FROM progress_entry e "
                + "JOIN kpi k ON k.id = e.kpi_id JOIN objective o ON o.id = k.objective_id "
                + "WHERE o.term_id = ANY(?) ORDER BY e.kpi_id, e.as_of, e.entered_at, e.id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long supersedes = rs.getLong(6);
                    byKpi.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ProgressPoint(rs.getLong(2),
                            rs.getObject(3, java.time.LocalDate.class), rs.getBigDecimal(4),
                            rs.getTimestamp(5).toInstant(), rs.wasNull() ? null : supersedes));
                }
            }
        }
        return byKpi;
    }

    private Map<Long, List<KpiInput>> kpis(Connection c, Array ids, LocalDate day,
            Map<Long, List<ProgressPoint>> entries, Map<Long, EntrySummary> summaries) throws SQLException {
        Map<Long, List<KpiInput>> byObjective = new HashMap<>();
        String sql = "SELECT k.objective_id, k.id, m.code, m.direction, m.aggregation, k.baseline, k.target, k.weight, "
                + "LEAST(?::date, t.end_date) FROM kpi k JOIN metric m ON m.id = k.metric_id "
                + "JOIN objective o ON o.id = k.objective_id JOIN term t ON t.id = o.term_id "
                + "WHERE o.term_id = ANY(?) ORDER BY k.objective_id, k.position, k.id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, day);
            s.setArray(2, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(2);
                    EntrySummary summary = summaries == null ? null
                            : summaries.getOrDefault(id, new EntrySummary(rs.getObject(9, LocalDate.class), 0, BigDecimal.ZERO, null));
                    byObjective.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new KpiInput(id,
                            rs.getString(3), Direction.valueOf(rs.getString(4)), Aggregation.valueOf(rs.getString(5)),
                            rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8), entries.getOrDefault(id, List.of()),
                            summary));
                }
            }
        }
        return byObjective;
    }

    private Map<Long, List<ObjectiveInput>> objectives(Connection c, Array ids, Map<Long, List<KpiInput>> kpis)
            throws SQLException {
        Map<Long, List<ObjectiveInput>> byTerm = new HashMap<>();
        String sql = "SELECT term_id, id, title, weight, continues_id FROM objective WHERE term_id = ANY(?) "
                + "ORDER BY term_id, position, id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(2);
                    long continues = rs.getLong(5);
                    Long continuesId = rs.wasNull() ? null : continues;
                    byTerm.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ObjectiveInput(id,
                            rs.getString(3), rs.getInt(4), continuesId, kpis.getOrDefault(id, List.of())));
                }
            }
        }
        return byTerm;
    }

    private Map<Long, List<SubmittedRating>> ratings(Connection c, Array ids) throws SQLException {
        Map<Long, List<SubmittedRating>> byCycle = new HashMap<>();
        String sql = "SELECT r.cycle_id, r.reviewer_id, ra.objective_id, ra.rating FROM rating ra "
                + "JOIN review r ON r.id = ra.review_id JOIN review_cycle rc ON rc.id = r.cycle_id "
                + "WHERE rc.term_id = ANY(?) AND r.status = 'SUBMITTED' AND ra.rating IS NOT NULL "
                + "ORDER BY r.cycle_id, r.reviewer_id, ra.objective_id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long cycle = rs.getLong(1);
                    byCycle.computeIfAbsent(cycle, k -> new ArrayList<>()).add(
                            new SubmittedRating(cycle, rs.getLong(2), rs.getLong(3), rs.getInt(4)));
                }
            }
        }
        return byCycle;
    }

    private Map<Long, List<CycleInput>> cycles(Connection c, Array ids, Map<Long, List<SubmittedRating>> ratings)
            throws SQLException {
        Map<Long, List<CycleInput>> byTerm = new HashMap<>();
        String sql = "SELECT rc.term_id, rc.id, rc.name, rc.final, rc.opens_on, rc.closes_on, "
                + "(SELECT count(*) FROM cycle_reviewer a WHERE a.cycle_id = rc.id), "
                + "(SELECT count(*) FROM review r WHERE r.cycle_id = rc.id AND r.status = 'SUBMITTED') "
                + "FROM review_cycle rc WHERE rc.term_id = ANY(?) ORDER BY rc.term_id, rc.closes_on, rc.id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(2);
                    byTerm.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CycleInput(id,
                            rs.getString(3), rs.getBoolean(4), rs.getObject(5, java.time.LocalDate.class),
                            rs.getObject(6, java.time.LocalDate.class), rs.getInt(7), rs.getInt(8),
                            ratings.getOrDefault(id, List.of())));
                }
            }
        }
        return byTerm;
    }
}
