package com.termboard.handover;

import com.termboard.system.Today;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The executive dashboard's handovers: those due in the next 30 days and the last one done in each group, with their
 * status (note written, recommendations and decisions made of how many objectives), read in one statement.
 */
@RequestScoped
public class HandoverDesk {

    /** One term's handover; {@code due} when its term ends within the window, else it is the group's last done. */
    public record Row(long termId, String group, String label, String president, LocalDate endDate, long daysLeft,
            boolean due, boolean noted, long objectives, long recommended, long decided, String nextPresident) {

        /** Everything said and decided. */
        public boolean complete() {
            return noted && decided == objectives;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Today today;

    private List<Row> rows;

    /** How many days before its end a term's handover is due. */
    public int windowDays() {
        return HandoverRules.WINDOW_DAYS;
    }

    public List<Row> due() {
        return all().stream().filter(Row::due).toList();
    }

    public List<Row> done() {
        return all().stream().filter(r -> !r.due()).toList();
    }

    public List<Row> all() {
        if (rows == null) {
            rows = load(today.date());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    List<Row> load(LocalDate day) {
        LocalDate until = day.plusDays(HandoverRules.WINDOW_DAYS);
        List<Object[]> result = em.createNativeQuery("""
                SELECT t.id, g.code, t.label, u.display_name, t.end_date,
                       t.end_date >= ?1 AS due,
                       COALESCE(length(trim(h.note)) > 0, FALSE) AS noted,
                       (SELECT count(*) FROM objective o WHERE o.term_id = t.id) AS objectives,
                       (SELECT count(*) FROM handover_item i JOIN objective o ON o.id = i.objective_id
                         WHERE o.term_id = t.id AND i.recommendation IS NOT NULL) AS recommended,
                       (SELECT count(*) FROM handover_item i JOIN objective o ON o.id = i.objective_id
                         WHERE o.term_id = t.id AND i.decision IS NOT NULL) AS decided,
                       (SELECT nu.display_name FROM term n JOIN app_user nu ON nu.id = n.president_id
                         WHERE n.group_id = t.group_id AND n.start_date > t.start_date
                         ORDER BY n.start_date LIMIT 1) AS next_president
                FROM term t
                JOIN business_group g ON g.id = t.group_id
                JOIN app_user u ON u.id = t.president_id
                LEFT JOIN handover h ON h.term_id = t.id
                WHERE g.active AND ((t.end_date BETWEEN ?1 AND ?2)
                   OR t.id IN (SELECT DISTINCT ON (e.group_id) e.id FROM term e WHERE e.end_date < ?1
                               ORDER BY e.group_id, e.end_date DESC))
                ORDER BY due DESC, t.end_date, g.code
                """).setParameter(1, day).setParameter(2, until).getResultList();
        return result.stream().map(r -> {
            LocalDate end = toDate(r[4]);
            return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], end,
                    ChronoUnit.DAYS.between(day, end), (Boolean) r[5], (Boolean) r[6], ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), (String) r[10]);
        }).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
