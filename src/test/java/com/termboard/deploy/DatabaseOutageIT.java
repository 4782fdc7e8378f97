package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.deploy.WriteLoad.Attempt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again while the packaged app takes a steady stream of writes: while it is away
 * pages and API answer 503 quickly (problem+json with Retry-After on the API) and readiness is DOWN; once it is back
 * the same process serves again within seconds; every write acknowledged with 201 is in the database, and every
 * refused one, retried with its Idempotency-Key, is stored exactly once. Runs after {@code package}.
 */
class DatabaseOutageIT {

    static final Duration OUTAGE = Duration.ofSeconds(12);
    static final long FAST_MILLIS = 8_000; // an answer during the outage, not a hang
    static RestartablePostgres pg;
    static AppProcess app;

    @BeforeAll
    static void startDatabaseAndApp() throws Exception {
        pg = new RestartablePostgres(Files.createTempDirectory("termboard-outage-pg"));
        pg.start();
        app = AppProcess.start("outage", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "outage-it-session-key-0123456789-0123456789",
                "TERMBOARD_DEMO", "true"), Files.createDirectories(Path.of("target", "outage")));
        app.awaitReady(Duration.ofSeconds(150));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (app != null) {
                app.kill();
            }
        } finally {
            if (pg != null) {
                pg.stop();
                try (Stream<Path> files = Files.walk(pg.dataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    void anOutageIsAnswered503AndSurvivedWithoutRestartOrLostWrites() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long term = activeDpbgTerm();
        String president = sqlText("SELECT u.username FROM term t JOIN app_user u ON u.id = t.president_id "
                + "WHERE t.id = " + term);
        long kpi = Long.parseLong(sqlText("SELECT min(k.id) FROM kpi k JOIN objective o ON o.id = k.objective_id "
                + "WHERE o.term_id = " + term));
        String asOf = sqlText("SELECT start_date FROM term WHERE id = " + term);
        String cookie = login(http, "exec");
        String api = "/api/terms/" + term;
        String page = "/terms/" + term;
        assertEquals(200, get(http, api, basic("exec"), null).statusCode());
        assertEquals(200, get(http, page, null, cookie).statusCode());

        // A session cookie rather than Basic: no bcrypt per write, so the load stays steady on a busy machine.
        WriteLoad load = new WriteLoad(app.url("/api/kpis/" + kpi + "/progress"),
                Requests.script(http, app, president), asOf, 50);
        Thread writer = new Thread(load, "write-load");
        writer.start();
        Thread.sleep(3_000);

        pg.stop();
        long down = System.nanoTime();
        List<String> during = new ArrayList<>();
        while (System.nanoTime() - down < OUTAGE.toNanos()) {
            for (HttpResponse<String> r : List.of(get(http, api, basic("exec"), null), get(http, page, null, cookie),
                    get(http, "/q/health/ready", null, null))) {
                during.add(r.request().uri().getPath() + " " + r.statusCode());
                assertEquals(503, r.statusCode(), r.request().uri() + " during the outage: " + r.body());
            }
            HttpResponse<String> problem = get(http, api, basic("exec"), null);
            assertTrue(problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(problem.headers().firstValue("Retry-After").isPresent(), "Retry-After on a 503");
            assertTrue(problem.body().contains("\"title\""), problem.body());
            HttpResponse<String> html = get(http, page, null, cookie);
            assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            Thread.sleep(500);
        }
        long outageMillis = (System.nanoTime() - down) / 1_000_000;

        pg.start();
        long up = System.nanoTime();
        while (get(http, api, basic("exec"), null).statusCode() != 200) {
            assertTrue(System.nanoTime() - up < Duration.ofSeconds(20).toNanos(), "not serving 20 s after restart");
            Thread.sleep(200);
        }
        long recoveredMillis = (System.nanoTime() - up) / 1_000_000;
        assertEquals(200, get(http, page, null, cookie).statusCode(), "the session outlives the outage");
        assertEquals(200, get(http, "/q/health/ready", null, null).statusCode());
        Thread.sleep(3_000);
        load.stop();
        writer.join(30_000);

        List<Attempt> attempts = load.attempts();
        Map<Integer, Long> byStatus = attempts.stream()
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting()));
        assertEquals(Set.of(201, 503), byStatus.keySet(), "only 201 or 503 under load: " + byStatus);
        long slowest503 = attempts.stream().filter(a -> a.status() == 503).mapToLong(Attempt::millis).max()
                .orElse(0);
        assertTrue(slowest503 < FAST_MILLIS, "a 503 took " + slowest503 + " ms");
        Set<Long> acknowledged = attempts.stream().filter(a -> a.status() == 201).map(Attempt::id)
                .collect(Collectors.toSet());
        assertEquals(acknowledged.size(), sqlCount("SELECT count(*) FROM progress_entry WHERE id IN ("
                + acknowledged.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"),
                "every acknowledged write is stored");

        // The refused writes, retried with their keys: each is stored now, or was already (then replayed).
        Set<Long> ids = new HashSet<>(acknowledged);
        for (Attempt a : attempts) {
            if (a.status() != 201) {
                Attempt retry = load.send(a.key(), Integer.parseInt(a.key().substring("outage-".length())));
                assertEquals(201, retry.status(), "retry of " + a.key());
                ids.add(retry.id());
            }
        }
        assertEquals(attempts.size(), ids.size());
        assertEquals(attempts.size(), sqlCount("SELECT count(*) FROM progress_entry WHERE kpi_id = " + kpi
                + " AND comment LIKE 'outage-%'"), "each key stored exactly once");
        assertFalse(app.logText().contains("Unexpected failure"), "no 500 logged");
        assertFalse(app.logText().contains(" ERROR "), "an outage is a warning, not an error: " + errors());
        System.out.printf("DatabaseOutageIT: outage %d ms, serving again %d ms after the restart; %d writes "
                + "(%s), slowest 503 %d ms; probes during the outage: %d%n", outageMillis, recoveredMillis,
                attempts.size(), byStatus, slowest503, during.size());
    }

    private static List<String> errors() {
        return app.logText().lines().filter(l -> l.contains(" ERROR ")).limit(5).toList();
    }

    private static long activeDpbgTerm() throws Exception {
        return Long.parseLong(sqlText("SELECT t.id FROM term t JOIN business_group g ON g.id = t.group_id "
                + "WHERE g.code = 'DPBG' AND t.start_date <= current_date AND t.end_date >= current_date"));
    }

    private static String login(HttpClient http, String user) throws Exception {
        return Requests.login(http, app, user);
    }

    private static HttpResponse<String> get(HttpClient http, String path, String auth, String cookie)
            throws Exception {
        String url = path.startsWith("/q/") ? app.managementUrl(path) : app.url(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < FAST_MILLIS, path + " took " + millis + " ms");
        return r;
    }

    private static String basic(String user) {
        return Requests.basic(user);
    }

    private static String sqlText(String query) throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            assertTrue(rs.next(), query);
            return rs.getString(1);
        }
    }

    private static long sqlCount(String query) throws Exception {
        return Long.parseLong(sqlText(query));
    }
}
