package com.termboard.read;

import com.termboard.term.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads term headers in one statement per call, selected by ids, group, president or date. */
@ApplicationScoped
class TermHeaders {

    private static final String SELECT = "SELECT t.id, g.code, g.name, t.sequence_no, t.label, u.username, "
            + "u.display_name, t.start_date, t.end_date, t.plan_status, t.closed_at IS NOT NULL "
            + "FROM term t JOIN business_group g ON g.id = t.group_id JOIN app_user u ON u.id = t.president_id ";

    @Inject
    Jdbc jdbc;

    /** The headers of the given terms keyed by id, in the order given; unknown ids are left out. */
    public Map<Long, TermHeader> byIds(Collection<Long> ids) {
        Map<Long, TermHeader> found = new LinkedHashMap<>();
        query("WHERE t.id = ANY(?)", (Object) ids.toArray(Long[]::new)).forEach(h -> found.put(h.id(), h));
        Map<Long, TermHeader> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return ordered;
    }

    /** Every term of a group, oldest first. */
    public List<TermHeader> ofGroup(String code) {
        return query("WHERE g.code = ? ORDER BY t.start_date", code);
    }

    /** Every term of a president across groups, oldest first. */
    public List<TermHeader> ofPresident(String username) {
        return query("WHERE u.username = ? ORDER BY t.start_date, g.code", username);
    }

    /** The terms running on {@code day}, by group code. */
    public List<TermHeader> activeOn(LocalDate day) {
        return query("WHERE t.start_date <= ? AND t.end_date >= ? AND t.closed_at IS NULL ORDER BY g.code", day,
                day);
    }

    /** Every term, by group then start: for reports over all review cycles. */
    public List<TermHeader> all() {
        return query("ORDER BY g.code, t.start_date");
    }

    private List<TermHeader> query(String where, Object... params) {
        List<TermHeader> headers = new ArrayList<>();
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(SELECT + where)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof Long[] array) {
                    s.setArray(i + 1, c.createArrayOf("bigint", array));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    headers.add(new TermHeader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class), PlanStatus.valueOf(rs.getString(10)),
                            rs.getBoolean(11)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the terms", e);
        }
        return headers;
    }
}
