package com.termboard.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.scorecard.Scenario;
import com.termboard.scoring.TermScore;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kept scores are only as good as the stamps behind them: every kind of change to what scores a term raises that
 * term's stamp and no other's, whoever writes it, and a kept score never outlives its stamp.
 */
@QuarkusTest
class TermScoresTest {

    // Any day after the scenario's term ended (2026-06-30).
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Inject
    AgroalDataSource db;

    @Inject
    TermScores scores;

    @Inject
    TermInputs inputs;

    @Inject
    EntityManager em;

    @Test
    void everyChangeThatScoresATermRaisesItsStampAndNoOther() throws SQLException {
        Scenario s = Scenario.build();
        long t = s.termId;
        long president = single("SELECT president_id FROM term WHERE id = " + t);
        long metric = single("SELECT metric_id FROM kpi WHERE id = " + s.k1);
        long reviewer = single("SELECT id FROM app_user WHERE username = '" + s.reviewers[2] + "'");
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("objective added", "INSERT INTO objective (term_id, position, title, weight, perspective) "
                + "VALUES (" + t + ", 9, 'Extra', 10, 'Growth')");
        String o = "(SELECT max(id) FROM objective WHERE term_id = " + t + ")";
        changes.put("objective changed", "UPDATE objective SET weight = 20 WHERE id = " + o);
        changes.put("KPI added", "INSERT INTO kpi (objective_id, metric_id, position, target, weight) "
                + "VALUES (" + o + ", " + metric + ", 0, 5, 100)");
        String k = "(SELECT max(k.id) FROM kpi k WHERE k.objective_id = " + o + ")";
        changes.put("KPI changed", "UPDATE kpi SET target = 6 WHERE id = " + k);
        changes.put("KPI removed", "DELETE FROM kpi WHERE id = " + k);
        changes.put("objective removed", "DELETE FROM objective WHERE id = " + o);
        changes.put("progress entered", "INSERT INTO progress_entry (kpi_id, as_of, value, entered_by_id) "
                + "VALUES (" + s.k1 + ", '2026-06-01', 1, " + president + ")");
        changes.put("metric changed", "UPDATE metric SET name = name WHERE id = " + metric);
        changes.put("term changed", "UPDATE term SET end_date = end_date WHERE id = " + t);
        changes.put("cycle added", "INSERT INTO review_cycle (term_id, name, opens_on, closes_on) "
                + "VALUES (" + t + ", 'Extra', '2026-06-01', '2026-06-30')");
        String c = "(SELECT max(id) FROM review_cycle WHERE term_id = " + t + ")";
        changes.put("cycle changed", "UPDATE review_cycle SET closes_on = '2026-07-01' WHERE id = " + c);
        changes.put("reviewer assigned", "INSERT INTO cycle_reviewer (cycle_id, reviewer_id) VALUES (" + c + ", "
                + reviewer + ")");
        changes.put("assignment changed", "UPDATE cycle_reviewer SET conflict_of_interest = true WHERE cycle_id = " + c);
        changes.put("review started", "INSERT INTO review (cycle_id, reviewer_id) VALUES (" + c + ", " + reviewer + ")");
        String r = "(SELECT id FROM review WHERE cycle_id = " + c + ")";
        changes.put("rating given", "INSERT INTO rating (review_id, objective_id, rating) VALUES (" + r + ", " + s.o1
                + ", 2)");
        changes.put("rating changed", "UPDATE rating SET rating = 5 WHERE review_id = " + r);
        changes.put("review submitted", "UPDATE review SET status = 'SUBMITTED', submitted_at = now() WHERE id = " + r);
        changes.put("rating removed", "DELETE FROM rating WHERE review_id = " + r);
        changes.put("review removed", "DELETE FROM review WHERE id = " + r);
        changes.put("reviewer unassigned", "DELETE FROM cycle_reviewer WHERE cycle_id = " + c);
        changes.put("cycle removed", "DELETE FROM review_cycle WHERE id = " + c);
        for (Map.Entry<String, String> change : changes.entrySet()) {
            long before = stamp(t);
            long other = stamp(s.previousTermId);
            execute(change.getValue());
            assertTrue(stamp(t) > before, change.getKey() + " raised the term's stamp");
            assertEquals(other, stamp(s.previousTermId), change.getKey() + " left the other term's stamp alone");
        }
    }

    @Test
    void aKeptScoreHoldsUntilItsTermChanges() throws SQLException {
        Scenario s = Scenario.build();
        List<Long> ids = List.of(s.termId);
        TermScores.Scored first = scores.summarised(ids, TODAY).terms().get(s.termId);
        assertSame(first, scores.summarised(ids, TODAY).terms().get(s.termId), "kept");
        assertSame(first, scores.summarised(ids, TODAY.plusDays(30)).terms().get(s.termId),
                "an ended term's score is kept whatever later day is asked");
        assertEquals("170", latest(first.score()));
        TermScores.Scored full = scores.full(s.termId, TODAY).orElseThrow();
        assertSame(full, scores.full(s.termId, TODAY).orElseThrow(), "kept");

        execute("INSERT INTO progress_entry (kpi_id, as_of, value, entered_by_id) SELECT " + s.k1
                + ", '2026-06-15', 181, president_id FROM term WHERE id = " + s.termId);
        TermScores.Scored second = scores.summarised(ids, TODAY).terms().get(s.termId);
        assertNotSame(first, second);
        assertEquals("181", latest(second.score()));
        assertEquals("181", latest(scores.full(s.termId, TODAY).orElseThrow().score()));
        assertEquals(latest(scores.scoring().score(inputs.load(ids).get(s.termId), TODAY)), latest(second.score()),
                "the same as a fresh read of every entry");
    }

    @Test
    void whatATransactionReadsOfItsOwnChangesIsNeverKept() throws SQLException {
        Scenario s = Scenario.build();
        List<Long> ids = List.of(s.termId);
        assertEquals("170", latest(scores.summarised(ids, TODAY).terms().get(s.termId).score()));
        String enter = "INSERT INTO progress_entry (kpi_id, as_of, value, entered_by_id) SELECT " + s.k1
                + ", '2026-06-15', %s, president_id FROM term WHERE id = " + s.termId;
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(enter.formatted(999)).executeUpdate();
            assertEquals("999", latest(scores.summarised(ids, TODAY).terms().get(s.termId).score()));
            assertEquals("999", latest(scores.full(s.termId, TODAY).orElseThrow().score()));
            QuarkusTransaction.setRollbackOnly();
        }), "rolled back");
        // The rolled-back change raised the stamp to the value the next committed change raises it to again.
        execute(enter.formatted(7));
        assertEquals("7", latest(scores.summarised(ids, TODAY).terms().get(s.termId).score()));
        assertEquals("7", latest(scores.full(s.termId, TODAY).orElseThrow().score()));
    }

    /** The actual of the scenario's first KPI (LATEST), e.g. "170". */
    private static String latest(TermScore score) {
        return score.objectives().get(0).kpis().get(0).actual().stripTrailingZeros().toPlainString();
    }

    private long stamp(long termId) throws SQLException {
        return single("SELECT COALESCE((SELECT version FROM term_stamp WHERE term_id = " + termId + "), 0)");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(sql), sql);
        }
    }
}
