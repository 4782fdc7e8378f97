package com.termboard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.group.BusinessGroup;
import com.termboard.metric.Metric;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.read.Jdbc;
import com.termboard.read.ReadModel;
import com.termboard.review.ReviewCycle;
import com.termboard.scorecard.Scenario;
import com.termboard.term.Term;
import com.termboard.testing.Sessions;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * No N+1: a report runs as many SQL statements for 20 terms as for 4. Every statement is counted: Hibernate's
 * prepared statements (the login, entity reads) plus the JDBC statements of the set-based report reads.
 */
@QuarkusTest
class ReportStatementsTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Jdbc jdbc;

    @Inject
    ReadModel reads;

    @Test
    void groupHistoryOf20TermsRunsAsManyStatementsAsOf4() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String small = group("N4-" + tag, 4);
        String large = group("N20-" + tag, 20);
        Statistics stats = sessionFactory.getStatistics();
        assertTrue(stats.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true");
        statements(stats, "/api/reports/groups/" + small, 4, true);
        for (boolean cold : new boolean[] {true, false}) {
            String when = cold ? " (nothing kept)" : " (scores kept)";
            long four = statements(stats, "/api/reports/groups/" + small, 4, cold);
            long twenty = statements(stats, "/api/reports/groups/" + large, 20, cold);
            assertEquals(four, twenty, "statements for 4 terms vs 20 terms" + when);
            long page4 = statements(stats, "/reports/groups/" + small, -1, cold);
            long page20 = statements(stats, "/reports/groups/" + large, -1, cold);
            assertEquals(page4, page20, "statements of the page for 4 terms vs 20 terms" + when);
            long president4 = statements(stats, "/api/reports/presidents/p4" + tag.toLowerCase(), 4, cold);
            long president20 = statements(stats, "/api/reports/presidents/p20" + tag.toLowerCase(), 20, cold);
            assertEquals(president4, president20, "statements of the president report for 4 vs 20 terms" + when);
        }
    }

    /**
     * Statements run by one request; {@code terms} ≥ 0 also checks the JSON has that many terms. {@code cold}: with
     * no score kept, so the scoring inputs are read (at least seven set-based statements); else after the same
     * request, so every score is kept and of the scoring inputs only the term stamps are read.
     */
    private long statements(Statistics stats, String path, int terms, boolean cold) {
        if (cold) {
            reads.forgetAll();
        } else {
            Sessions.basic("exec").get(path).then().statusCode(200);
        }
        long hibernate = stats.getPrepareStatementCount();
        long direct = jdbc.statements();
        var response = Sessions.basic("exec").get(path).then().statusCode(200);
        if (terms >= 0) {
            assertEquals(terms, response.extract().jsonPath().getList("terms").size());
        }
        long directDelta = jdbc.statements() - direct;
        if (cold) {
            assertTrue(directDelta >= 7, "the set-based reads are counted too: " + directDelta);
        } else {
            // The group or president, the term headers and the term stamps.
            assertTrue(directDelta <= 3, "kept scores are not read again: " + directDelta);
        }
        return stats.getPrepareStatementCount() - hibernate + directDelta;
    }

    /** A group of {@code count} consecutive terms, each with an objective, a KPI, entries and a reviewed cycle. */
    private static String group(String code, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            String name = code.toLowerCase().replace("-", "");
            User p = Scenario.user(code.startsWith("N4") ? "p4" + name.substring(2) : "p20" + name.substring(3),
                    "PRESIDENT");
            User r1 = Scenario.user("r1" + name, "REVIEWER");
            User r2 = Scenario.user("r2" + name, "REVIEWER");
            BusinessGroup g = Scenario.group(code);
            Metric m = Metric.byCode("SCT-MERCHANTS").orElseGet(() -> Scenario.metric("SCT-MERCHANTS",
                    com.termboard.metric.Direction.HIGHER_IS_BETTER, com.termboard.metric.Aggregation.LATEST));
            Objective previous = null;
            for (int i = 0; i < count; i++) {
                LocalDate start = LocalDate.of(2000, 1, 1).plusMonths(6L * i);
                Term t = Scenario.term(g, p, i + 1, start, start.plusMonths(6).minusDays(1));
                t.label = "T" + (i + 1);
                Objective o = Scenario.objective(t, 0, "Objective " + i, 100, previous);
                Kpi k = Scenario.kpi(o, m, 0, "100", "200", 100);
                Scenario.entry(k, p, start.plusDays(10).toString(), "120", 9, null);
                Scenario.entry(k, p, start.plusDays(40).toString(), "150", 9, null);
                ReviewCycle c = Scenario.cycle(t, "Final", start.plusMonths(5).toString(),
                        start.plusMonths(6).toString(), true);
                Scenario.review(c, r1, true, "", o, 3);
                Scenario.review(c, r2, true, "", o, 4);
                previous = o;
            }
        });
        return code;
    }
}
