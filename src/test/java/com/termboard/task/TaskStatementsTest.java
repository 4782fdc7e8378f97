package com.termboard.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.group.BusinessGroup;
import com.termboard.handover.Handover;
import com.termboard.metric.Metric;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.read.Jdbc;
import com.termboard.review.ReviewCycle;
import com.termboard.scorecard.Scenario;
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * No N+1 on the hot page: a user with every kind of task in five groups costs the task list and the dashboard as many
 * SQL statements as one with them in one group.
 */
@QuarkusTest
class TaskStatementsTest {

    static final LocalDate TODAY = LocalDate.of(2052, 6, 15);

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MutableClock clock;

    @Inject
    Jdbc jdbc;

    @Test
    void tasksOfFiveGroupsCostAsManyStatementsAsOfOne() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String one = world("t1" + tag, 1);
        String five = world("t5" + tag, 5);
        clock.setToday(TODAY);
        Statistics stats = sessionFactory.getStatistics();
        assertTrue(stats.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true");

        int mine = 5; // per group: carry-over, progress, handover note, review, sent back (approvals are everyone's)
        long apiOne = statements(stats, Sessions.basic(one), "/api/tasks");
        long apiFive = statements(stats, Sessions.basic(five), "/api/tasks");
        assertEquals(apiOne, apiFive, "statements of GET /api/tasks for one group vs five");
        List<String> kindsOne = Sessions.basic(one).get("/api/tasks").then().extract().jsonPath().getList("kind");
        List<String> kindsFive = Sessions.basic(five).get("/api/tasks").then().extract().jsonPath().getList("kind");
        assertEquals(4 * mine, kindsFive.size() - kindsOne.size(), "each group adds its own five tasks: " + kindsFive);
        for (TaskKind kind : TaskKind.values()) {
            assertTrue(kind == TaskKind.PLAN_TO_FINISH || kindsOne.contains(kind.name()), kind + " in " + kindsOne);
        }

        long pageOne = statements(stats, Sessions.loggedIn(one, "demo"), "/");
        long pageFive = statements(stats, Sessions.loggedIn(five, "demo"), "/");
        assertEquals(pageOne, pageFive, "statements of the dashboard for one group vs five");
    }

    /**
     * Statements of the second of two requests (the first one warms what is kept between requests): Hibernate's and
     * the set-based report reads' (the executive's section).
     */
    private long statements(Statistics stats, RequestSpecification session, String path) {
        session.get(path).then().statusCode(200);
        long before = stats.getPrepareStatementCount() + jdbc.statements();
        session.get(path).then().statusCode(200);
        return stats.getPrepareStatementCount() + jdbc.statements() - before;
    }

    /**
     * A president, reviewer and executive in {@code groups} new groups, each with the previous term's note written and
     * nothing decided, their active term ending in 15 days (no note, KPIs last entered 45 days ago, an open cycle
     * they review), their next term's plan sent back, and the term after it submitted by another president.
     */
    private static String world(String username, int groups) {
        QuarkusTransaction.requiringNew().run(() -> {
            User me = Scenario.user(username, "PRESIDENT");
            me.roles.add("REVIEWER");
            me.roles.add("EXECUTIVE");
            User other = Scenario.user("o" + username, "PRESIDENT");
            Metric metric = Scenario.metric("SCT-MERCHANTS", com.termboard.metric.Direction.HIGHER_IS_BETTER,
                    com.termboard.metric.Aggregation.LATEST);
            for (int g = 0; g < groups; g++) {
                BusinessGroup group = Scenario.group(("TS-" + username + "-" + g).toUpperCase());
                Term previous = Scenario.term(group, other, 1, LocalDate.of(2051, 7, 1), LocalDate.of(2051, 12, 31));
                Scenario.objective(previous, 0, "Old objective", 100, null);
                Handover note = new Handover();
                note.term = previous;
                note.note = "State of play.";
                note.updatedBy = other;
                note.updatedAt = Instant.parse("2051-12-30T10:00:00Z");
                note.persist();
                Term active = Scenario.term(group, me, 2, LocalDate.of(2052, 1, 1), LocalDate.of(2052, 6, 30));
                Objective o = Scenario.objective(active, 0, "Grow", 100, null);
                for (int k = 0; k < 2; k++) {
                    Kpi kpi = Scenario.kpi(o, metric, k, "100", "200", 50);
                    Scenario.entry(kpi, me, "2052-05-01", "150", 9, null);
                }
                ReviewCycle cycle = Scenario.cycle(active, "Check-in", "2052-06-01", "2052-06-30", false);
                Scenario.review(cycle, me, false, "");
                Term next = Scenario.term(group, me, 3, LocalDate.of(2052, 7, 1), LocalDate.of(2052, 12, 31));
                next.planStatus = PlanStatus.DRAFT;
                next.planNote = "Too vague.";
                Term after = Scenario.term(group, other, 4, LocalDate.of(2053, 1, 1), LocalDate.of(2053, 6, 30));
                after.planStatus = PlanStatus.SUBMITTED;
            }
        });
        return username;
    }
}
