package com.termboard.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The history generator fills a real PostgreSQL within every constraint, with the counts its scale asks for, the
 * same rows for the same seed, and the shape the reports read. Each run is rolled back: the demo data stays alone.
 */
@QuarkusTest
class HistoryGeneratorTest {

    /** 2 groups × 3 terms (two closed, one running) × 2 objectives × 2 KPIs × 4 weeks, 2 reviewers, 2 cycles. */
    static final Scale TINY = new Scale(2, 3, 2, 2, 4, 2, 2, 7);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Inject
    AgroalDataSource db;

    @Test
    void generatesTheAskedCountsWithinEveryConstraint() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Long> counts = generate(c);
                assertEquals(2L, counts.get("business_group"));
                assertEquals(6L, counts.get("term"));
                assertEquals(12L, counts.get("objective"));
                assertEquals(24L, counts.get("kpi"));
                assertEquals(12L, counts.get("review_cycle"));
                assertEquals(24L, counts.get("cycle_reviewer"));
                assertEquals(16L, counts.get("review"), "closed cycles: 2 groups × 2 past terms × 2 cycles × 2");
                assertEquals(32L, counts.get("rating"));
                String mine = " FROM progress_entry e JOIN kpi k ON k.id = e.kpi_id JOIN metric m ON m.id = k.metric_id"
                        + " WHERE m.code LIKE 'BM%'";
                assertEquals(24L * 4, one(c, "SELECT count(*)" + mine + " AND e.supersedes_id IS NULL"),
                        "one entry a week for every KPI");
                assertEquals(counts.get("progress_entry"), one(c, "SELECT count(*)" + mine));
                assertEquals(0L, one(c, "SELECT count(*)" + mine + " AND e.as_of NOT BETWEEN "
                        + "(SELECT t.start_date FROM term t JOIN objective o ON o.term_id = t.id WHERE o.id = "
                        + "k.objective_id) AND DATE '2026-03-10'"), "entries fall within their term, up to today");
                assertEquals(4L, one(c, "SELECT count(*) FROM term t JOIN business_group g ON g.id = t.group_id "
                        + "WHERE g.code LIKE 'G0%' AND t.closed_at IS NOT NULL AND t.plan_status = 'APPROVED'"));
                assertEquals(0L, one(c, "SELECT count(*) FROM review r JOIN review_cycle rc ON rc.id = r.cycle_id "
                        + "JOIN objective o ON o.term_id = rc.term_id LEFT JOIN rating ra ON ra.review_id = r.id "
                        + "AND ra.objective_id = o.id WHERE r.reviewer_id IN (SELECT id FROM app_user WHERE username "
                        + "LIKE 'brev%') AND (ra.rating IS NULL OR r.status <> 'SUBMITTED')"),
                        "every generated review is submitted and rates every objective of its term");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameHistory() throws SQLException {
        assertEquals(fingerprint(), fingerprint());
    }

    private String fingerprint() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                generate(c);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT md5(string_agg("
                        + "concat_ws('/', g.code, t.sequence_no, o.position, k.position, e.as_of, e.value, e.entered_at),"
                        + " ',' ORDER BY g.code, t.sequence_no, o.position, k.position, e.id)) FROM progress_entry e "
                        + "JOIN kpi k ON k.id = e.kpi_id JOIN objective o ON o.id = k.objective_id "
                        + "JOIN term t ON t.id = o.term_id JOIN business_group g ON g.id = t.group_id "
                        + "WHERE g.code LIKE 'G0%'")) {
                    rs.next();
                    return rs.getString(1);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static Map<String, Long> generate(Connection c) throws SQLException {
        return new HistoryGenerator(c, TINY, TODAY, "$2a$10$notarealhashnotarealhashnotarealhashnotarealhash",
                List.of("Growth", "Risk")).generate();
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
