package com.termboard.task;

import com.termboard.task.TaskFacts.Assignment;
import com.termboard.task.TaskFacts.Incoming;
import com.termboard.task.TaskFacts.KpiLast;
import com.termboard.task.TaskFacts.OwnTerm;
import com.termboard.task.TaskFacts.Submitted;
import com.termboard.term.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a user's {@link TaskFacts} (or every user's, for the reminders) in at most five statements, one per kind
 * of fact, whatever the number of terms, KPIs or cycles: the dashboard is a hot page. When a plan was submitted or
 * sent back comes from the audit log.
 */
@ApplicationScoped
public class TaskQueries {

    /** No user has this id (BIGSERIAL starts at 1): the parameter of a statement for every user. */
    private static final long EVERYONE = 0;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The facts of the roles the user holds: their own terms as president, cycles as reviewer, plans as executive. */
    public TaskFacts of(long userId, boolean president, boolean reviewer, boolean executive, LocalDate today) {
        return new TaskFacts(president ? ownTerms(userId, today).getOrDefault(userId, List.of()) : List.of(),
                president ? incoming(userId) : List.of(),
                reviewer ? assignments(userId, today).getOrDefault(userId, List.of()) : List.of(),
                executive ? submitted() : List.of());
    }

    /**
     * The president and reviewer facts of every active user who has any (the daily reminders), by user id, in the
     * same statements as {@link #of} for one user: reminders and tasks cannot disagree.
     */
    public Map<Long, TaskFacts> everyone(LocalDate today) {
        Map<Long, List<OwnTerm>> terms = ownTerms(null, today);
        Map<Long, List<Assignment>> cycles = assignments(null, today);
        Map<Long, TaskFacts> facts = new TreeMap<>();
        for (Long user : union(terms.keySet(), cycles.keySet())) {
            facts.put(user, new TaskFacts(terms.getOrDefault(user, List.of()), List.of(),
                    cycles.getOrDefault(user, List.of()), List.of()));
        }
        return facts;
    }

    /** Terms by president: one president's, or (null) those of every active user. */
    private Map<Long, List<OwnTerm>> ownTerms(Long userId, LocalDate today) {
        Map<Long, List<KpiLast>> kpis = new HashMap<>();
        for (Object[] r : rows("""
                SELECT o.term_id, k.id, (SELECT max(e.as_of) FROM progress_entry e WHERE e.kpi_id = k.id)
                FROM kpi k JOIN objective o ON o.id = k.objective_id JOIN term t ON t.id = o.term_id
                JOIN app_user u ON u.id = t.president_id
                WHERE %s AND t.closed_at IS NULL AND t.start_date <= ?2 AND t.end_date >= ?2
                ORDER BY k.id
                """.formatted(whose("t.president_id", userId)), user(userId), today)) {
            kpis.computeIfAbsent(id(r[0]), k -> new ArrayList<>()).add(new KpiLast(id(r[1]), date(r[2])));
        }
        Map<Long, List<OwnTerm>> terms = new HashMap<>();
        for (Object[] r : rows("""
                SELECT t.id, g.code, t.label, t.start_date, t.end_date, t.plan_status, t.plan_note,
                       CASE WHEN t.plan_note IS NOT NULL THEN (SELECT max(a.at) FROM audit_entry a
                         WHERE a.entity = 'Term' AND a.entity_id = t.id AND a.action = 'REJECT') END,
                       COALESCE(length(trim(h.note)) > 0, FALSE), t.president_id
                FROM term t JOIN business_group g ON g.id = t.group_id LEFT JOIN handover h ON h.term_id = t.id
                JOIN app_user u ON u.id = t.president_id
                WHERE %s AND t.closed_at IS NULL
                ORDER BY t.start_date
                """.formatted(whose("t.president_id", userId)), user(userId))) {
            long id = id(r[0]);
            terms.computeIfAbsent(id(r[9]), u -> new ArrayList<>()).add(new OwnTerm(id, (String) r[1], (String) r[2],
                    date(r[3]), date(r[4]), PlanStatus.valueOf((String) r[5]), (String) r[6], date(r[7]),
                    (Boolean) r[8], kpis.getOrDefault(id, List.of())));
        }
        return terms;
    }

    /** The group's previous term of each of the user's terms, when its note is written and it is not closed. */
    private List<Incoming> incoming(long userId) {
        return rows("""
                SELECT p.id, g.code, p.label, h.updated_at,
                       (SELECT count(*) FROM objective o LEFT JOIN handover_item i ON i.objective_id = o.id
                         WHERE o.term_id = p.id AND i.decision IS NULL)
                FROM term n JOIN business_group g ON g.id = n.group_id
                JOIN LATERAL (SELECT e.id, e.label, e.closed_at FROM term e WHERE e.group_id = n.group_id
                              AND e.start_date < n.start_date ORDER BY e.start_date DESC LIMIT 1) p ON TRUE
                JOIN handover h ON h.term_id = p.id AND length(trim(h.note)) > 0
                WHERE n.president_id = ?1 AND p.closed_at IS NULL
                ORDER BY p.id
                """, userId).stream().map(r -> new Incoming(id(r[0]), (String) r[1], (String) r[2], date(r[3]),
                ((Number) r[4]).intValue())).toList();
    }

    /** Open assignments by reviewer: one reviewer's, or (null) those of every active user. */
    private Map<Long, List<Assignment>> assignments(Long userId, LocalDate today) {
        Map<Long, List<Assignment>> cycles = new HashMap<>();
        for (Object[] r : rows("""
                SELECT c.id, c.name, g.code, t.label, c.opens_on, c.closes_on, a.reviewer_id
                FROM cycle_reviewer a JOIN review_cycle c ON c.id = a.cycle_id JOIN term t ON t.id = c.term_id
                JOIN business_group g ON g.id = t.group_id JOIN app_user u ON u.id = a.reviewer_id
                LEFT JOIN review r ON r.cycle_id = a.cycle_id AND r.reviewer_id = a.reviewer_id
                WHERE %s AND t.closed_at IS NULL AND c.opens_on <= ?2 AND c.closes_on >= ?2
                  AND (r.status IS NULL OR r.status <> 'SUBMITTED')
                ORDER BY c.id
                """.formatted(whose("a.reviewer_id", userId)), user(userId), today)) {
            cycles.computeIfAbsent(id(r[6]), u -> new ArrayList<>()).add(new Assignment(id(r[0]), (String) r[1],
                    (String) r[2], (String) r[3], date(r[4]), date(r[5])));
        }
        return cycles;
    }

    /** The condition on the user column: this user, or any active user (then ?1 is {@link #EVERYONE}). */
    private static String whose(String column, Long userId) {
        return userId != null ? column + " = ?1" : "u.active AND ?1 = " + EVERYONE;
    }

    private static long user(Long userId) {
        return userId != null ? userId : EVERYONE;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private List<Submitted> submitted() {
        return rows("""
                SELECT t.id, g.code, t.label, u.display_name, t.start_date,
                       (SELECT max(a.at) FROM audit_entry a
                         WHERE a.entity = 'Term' AND a.entity_id = t.id AND a.action = 'SUBMIT')
                FROM term t JOIN business_group g ON g.id = t.group_id JOIN app_user u ON u.id = t.president_id
                WHERE t.plan_status = 'SUBMITTED' AND t.closed_at IS NULL
                ORDER BY t.id
                """).stream().map(r -> new Submitted(id(r[0]), (String) r[1], (String) r[2], (String) r[3],
                date(r[4]), date(r[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    /** A date, or a timestamp's date in the configured zone, as the driver hands it over; null stays null. */
    private LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        Instant at = value instanceof java.sql.Timestamp ts ? ts.toInstant()
                : value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
