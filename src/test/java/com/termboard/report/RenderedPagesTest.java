package com.termboard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.read.ReadModel;
import com.termboard.read.ReportViews;
import com.termboard.scorecard.Scenario;
import com.termboard.testing.MutableClock;
import com.termboard.testing.Sessions;
import com.termboard.web.render.RenderedParts;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The report pages keep their rendered bodies ({@link RenderedParts}): whatever changes what a page shows shows on
 * the page's next read, exactly as a fresh rendering shows it, and each language has its own rendering.
 */
@QuarkusTest
class RenderedPagesTest {

    @Inject
    RenderedParts parts;

    @Inject
    ReadModel readModel;

    @Inject
    AgroalDataSource db;

    @Inject
    MutableClock clock;

    @Test
    void aChangeShowsOnTheNextReadAsAFreshRenderingShowsIt() throws SQLException {
        Scenario s = Scenario.build();
        // A day inside the scenario's term, so that the dashboard lists it among the current terms.
        clock.setToday(LocalDate.parse("2026-06-15"));
        Sessions.Session exec = Sessions.session("exec", "demo");
        List<String> pages = List.of("/terms/" + s.termId, "/reports/groups/" + s.group,
                "/reports/compare?terms=" + s.previousTermId + "," + s.termId, "/");
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("progress entered", () -> execute("INSERT INTO progress_entry (kpi_id, as_of, value, "
                + "entered_by_id) SELECT " + s.k1 + ", '2026-06-10', 199, president_id FROM term WHERE id = "
                + s.termId));
        changes.put("president renamed", () -> execute("UPDATE app_user SET display_name = 'Renamed <i>" + s.tag
                + "</i>' WHERE username = '" + s.president + "'"));
        changes.put("group renamed", () -> execute("UPDATE business_group SET name = 'Group renamed " + s.tag
                + "' WHERE code = '" + s.group + "'"));
        changes.put("a day passed", () -> clock.setToday(LocalDate.parse("2026-06-16")));
        Map<String, String> shows = Map.of("president renamed", "Renamed &lt;i&gt;" + s.tag,
                "group renamed", "Group renamed " + s.tag);
        for (var change : changes.entrySet()) {
            Map<String, String> before = read(exec, pages);
            read(exec, pages); // read twice: the second read is the kept rendering
            change.getValue().run();
            Map<String, String> after = read(exec, pages);
            forgetAll();
            Map<String, String> fresh = read(exec, pages);
            for (String page : pages) {
                assertEquals(fresh.get(page), after.get(page), change.getKey() + ": " + page);
                boolean shown = switch (change.getKey()) {
                    // The comparison and the dashboard show the group's code, not its name.
                    case "group renamed" -> page.startsWith("/terms/") || page.startsWith("/reports/groups/");
                    // A day shows in the days left of a running term (the dashboard) and in its scorecard's date.
                    case "a day passed" -> page.equals("/") || page.startsWith("/terms/");
                    default -> true;
                };
                if (shown) {
                    assertNotEquals(before.get(page), after.get(page), change.getKey() + ": " + page);
                }
                String expected = shows.get(change.getKey());
                if (expected != null && page.startsWith("/terms/")) {
                    assertTrue(after.get(page).contains(expected), change.getKey() + ": " + page);
                }
            }
        }
    }

    @Test
    void eachLanguageHasItsOwnRendering() {
        Scenario s = Scenario.build();
        String page = "/reports/groups/" + s.group;
        Function<String, String> inLanguage = language -> main(Sessions.demo("exec").header("Accept-Language",
                language).get(page).then().statusCode(200).extract().asString());
        String english = inLanguage.apply("en");
        String chinese = inLanguage.apply("zh-CN");
        assertTrue(english.contains("Metrics across terms: attainment"), english);
        assertTrue(chinese.contains("各任期指标达成率"), chinese);
        assertEquals(english, inLanguage.apply("en"));
        assertEquals(chinese, inLanguage.apply("zh-CN"));
    }

    @Test
    void requestsThatMissTogetherHoldTheSameReport() throws Exception {
        Scenario s = Scenario.build();
        forgetAll();
        int readers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<ReportViews.GroupHistory>> reads = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    ManagedContext request = Arc.container().requestContext();
                    request.activate();
                    try {
                        return readModel.groupHistory(s.group);
                    } finally {
                        request.terminate();
                    }
                }));
            }
            start.countDown();
            ReportViews.GroupHistory first = reads.get(0).get(30, TimeUnit.SECONDS);
            for (Future<ReportViews.GroupHistory> read : reads) {
                ReportViews.GroupHistory report = read.get(30, TimeUnit.SECONDS);
                // The same instances, so that the kept rendering's key is compared by identity, not number by number.
                assertSame(first.terms(), report.terms());
                assertSame(first.metrics(), report.metrics());
                assertSame(first.handovers(), report.handovers());
            }
            assertSame(first.terms(), readModel.groupHistory(s.group).terms(), "read again");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> read(Sessions.Session session, List<String> pages) {
        Map<String, String> read = new LinkedHashMap<>();
        for (String page : pages) {
            // A new request each time: a specification keeps the query parameters of the paths it was given.
            var response = session.req().get(page);
            assertEquals(200, response.statusCode(), page + ": " + response.asString());
            read.put(page, main(response.asString()));
        }
        return read;
    }

    /** The page's main element: the layout around it holds the session's own CSRF token. */
    private static String main(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertTrue(start >= 0 && end > start, html);
        return html.substring(start, end);
    }

    /** A change to what the pages show. */
    private interface Change {
        void run() throws SQLException;
    }

    /** Forgets all that is kept between requests, so that the next read is computed and rendered afresh. */
    private void forgetAll() {
        parts.forgetAll();
        readModel.forgetAll();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
