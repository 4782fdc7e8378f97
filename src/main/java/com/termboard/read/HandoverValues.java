package com.termboard.read;

import com.termboard.web.render.HashedList;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A metric's value across each handover of a group: the last entry of the outgoing term and the first entry of the
 * incoming one, so a dip after a handover shows in the group history. One statement for the whole group.
 */
@ApplicationScoped
public class HandoverValues {

    /** One metric at one handover; {@code handoverDate} is the incoming term's start date. */
    public record Value(String metric, LocalDate handoverDate, long oldTermId, long newTermId, LocalDate lastAsOf,
            BigDecimal lastValue, LocalDate firstAsOf, BigDecimal firstValue) {

        /** The first value of the new term less the last of the old one. */
        public BigDecimal change() {
            return firstValue.subtract(lastValue);
        }
    }

    // Superseded entries are left out as the scoring leaves them out; on the same as-of date the latest entered
    // counts, as for a LATEST actual. Only metrics with entries on both sides of a handover are returned. Each KPI's
    // last and first entry are found by a short scan of the covering progress index (V3), so the statement reads a
    // few rows per KPI rather than every entry of the group's history.
    private static final String SQL = """
            WITH t AS (
                SELECT id, start_date, lead(id) OVER (ORDER BY start_date) AS next_id,
                       lead(start_date) OVER (ORDER BY start_date) AS next_start
                FROM term WHERE group_id = (SELECT id FROM business_group WHERE code = ?1)
            ), k AS (
                SELECT o.term_id, m.code, k.id
                FROM kpi k
                JOIN objective o ON o.id = k.objective_id
                JOIN metric m ON m.id = k.metric_id
                WHERE o.term_id IN (SELECT id FROM t)
            ), last_old AS (
                SELECT DISTINCT ON (k.term_id, k.code) k.term_id, k.code, l.as_of, l.value
                FROM k CROSS JOIN LATERAL (
                    SELECT p.as_of, p.value, p.entered_at, p.id FROM progress_entry p
                    WHERE p.kpi_id = k.id AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = p.id)
                    ORDER BY p.as_of DESC, p.entered_at DESC, p.id DESC LIMIT 1) l
                ORDER BY k.term_id, k.code, l.as_of DESC, l.entered_at DESC, l.id DESC
            ), first_new AS (
                SELECT DISTINCT ON (k.term_id, k.code) k.term_id, k.code, f.as_of, f.value
                FROM k CROSS JOIN LATERAL (
                    SELECT p.as_of, p.value, p.entered_at, p.id FROM progress_entry p
                    WHERE p.kpi_id = k.id AND NOT EXISTS (SELECT 1 FROM progress_entry s WHERE s.supersedes_id = p.id)
                    ORDER BY p.as_of, p.entered_at DESC, p.id DESC LIMIT 1) f
                ORDER BY k.term_id, k.code, f.as_of, f.entered_at DESC, f.id DESC
            )
            SELECT l.code, t.next_start, t.id, t.next_id, l.as_of, l.value, f.as_of, f.value
            FROM t
            JOIN last_old l ON l.term_id = t.id
            JOIN first_new f ON f.term_id = t.next_id AND f.code = l.code
            ORDER BY l.code, t.next_start
            """;

    /** A group's values as of its terms and their stamps (V4__term_stamps.sql), which every change they rest on raises. */
    private record Key(String group, Map<Long, Long> stamps) {
    }

    @Inject
    @CacheName("handover-values")
    Cache kept;

    @Inject
    EntityManager em;

    /** Per metric code (in code order) and handover date (in date order); empty for an unknown group. */
    @SuppressWarnings("unchecked")
    public List<Value> ofGroup(String groupCode) {
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, groupCode).getResultList();
        return rows.stream().map(r -> new Value((String) r[0], date(r[1]), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), date(r[4]), decimal(r[5]), date(r[6]), decimal(r[7]))).toList();
    }

    /**
     * As {@link #ofGroup(String)}, kept while the group has the same terms at the same stamps: {@code stamps} must
     * hold every term of the group, read before this call (as {@code TermScores} reads them), so that a change landing
     * in between can only make what is kept look older than it is. Nothing read inside a transaction is kept.
     */
    List<Value> ofGroup(String groupCode, Map<Long, Long> stamps) {
        return KeptReads.get(kept, new Key(groupCode, Map.copyOf(stamps)), key -> HashedList.of(ofGroup(groupCode)));
    }

    /** Forgets every kept value (tests that count what a cold report reads). */
    void forgetAll() {
        KeptReads.forget(kept);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static BigDecimal decimal(Object value) {
        return ((BigDecimal) value).stripTrailingZeros();
    }
}
