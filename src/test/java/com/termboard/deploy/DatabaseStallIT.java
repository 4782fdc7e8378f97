package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.deploy.WriteLoad.Attempt;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every process of the app's own embedded PostgreSQL stopped with SIGSTOP (a frozen server: connections accepted by
 * the kernel, never answered) under a stream of writes: the API answers 503 problem+json, pages the error page and
 * readiness DOWN within 5 s, no request hangs; after SIGCONT the same process serves again by itself and every 201
 * is stored. Runs after {@code package}.
 */
class DatabaseStallIT {

    static final Duration STALL = Duration.ofSeconds(15);
    static final long LIMIT_MILLIS = 5_000;
    static Path dataDir;
    static AppProcess app;

    /** One probe: when it was sent (ms after the SIGSTOP) and what came back. */
    record Probe(long sentMillis, Requests.Timed answer) {
        long answeredMillis() {
            return sentMillis + answer.millis();
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.kill();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aStalledDatabaseIs503AndNotReadyWithinFiveSecondsThenServesAgainByItself() throws Exception {
        dataDir = Files.createTempDirectory("termboard-stall").resolve("pg");
        app = AppProcess.start("stall", Map.of("TERMBOARD_EMBEDDED_DB_DIR", dataDir.toString(),
                "TERMBOARD_DEMO", "true",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "stall-it-session-key-0123456789-0123456789"),
                Files.createDirectories(Path.of("target", "stall")));
        app.awaitReady(Duration.ofSeconds(180));
        OwnDatabase db = new OwnDatabase(dataDir, app);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        OwnDatabase.CurrentTerm current = db.currentDpbgTerm();
        String term = current.id();
        String president = current.president();
        String kpi = current.kpi();
        String asOf = current.asOf();
        String api = app.url("/api/terms/" + term);
        String page = app.url("/terms/" + term);
        String ready = app.managementUrl("/q/health/ready");
        String cookie = Requests.login(http, app, "exec");
        Duration wait = Duration.ofSeconds(30); // far above the limit: a hang shows as a slow answer, not a timeout
        for (String url : List.of(api, ready)) {
            assertEquals(200, Requests.get(http, url, Requests.basic("exec"), null, wait).status(), url);
        }
        assertEquals(200, Requests.get(http, page, null, cookie, wait).status());

        WriteLoad load = new WriteLoad("stall-", app.url("/api/kpis/" + kpi + "/progress"),
                Requests.script(http, app, president), asOf, 100);
        Thread writer = new Thread(load, "write-load");
        writer.start();
        Thread.sleep(2_000);

        List<Long> pids = db.processes();
        OwnDatabase.signal("STOP", pids);
        long stopped = System.nanoTime();
        ExecutorService probes = Executors.newFixedThreadPool(3);
        List<Future<List<Probe>>> runs = new ArrayList<>();
        for (String[] target : new String[][] {{api, Requests.basic("exec"), null}, {page, null, cookie},
                {ready, null, null}}) {
            runs.add(probes.submit(() -> {
                List<Probe> seen = new ArrayList<>();
                while (System.nanoTime() - stopped < STALL.toNanos()) {
                    long sent = (System.nanoTime() - stopped) / 1_000_000;
                    seen.add(new Probe(sent, Requests.get(http, target[0], target[1], target[2], wait)));
                    Thread.sleep(250);
                }
                return seen;
            }));
        }
        List<List<Probe>> seen = new ArrayList<>();
        for (Future<List<Probe>> run : runs) {
            seen.add(run.get());
        }
        probes.shutdown();
        OwnDatabase.signal("CONT", pids);
        long resumed = System.nanoTime();
        while (Requests.get(http, api, Requests.basic("exec"), null, wait).status() != 200
                || Requests.get(http, ready, null, null, wait).status() != 200) {
            assertTrue(System.nanoTime() - resumed < Duration.ofSeconds(20).toNanos(), "not serving 20 s after CONT");
            Thread.sleep(200);
        }
        long recoveredMillis = (System.nanoTime() - resumed) / 1_000_000;
        assertEquals(200, Requests.get(http, page, null, cookie, wait).status(), "the session outlives the stall");
        Thread.sleep(2_000);
        load.stop();
        writer.join(30_000);

        long api503 = first503(seen.get(0));
        long page503 = first503(seen.get(1));
        long readyDown = first503(seen.get(2));
        long slowest = seen.stream().flatMap(List::stream).mapToLong(p -> p.answer().millis()).max().orElse(0);
        List<Attempt> attempts = load.attempts();
        Map<Integer, Long> writes = new TreeMap<>(attempts.stream()
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
        long slowestWrite = attempts.stream().mapToLong(Attempt::millis).max().orElse(0);
        System.out.printf("DatabaseStallIT: first 503 on /api %d ms, on a page %d ms, readiness DOWN %d ms after "
                + "SIGSTOP of %d processes; slowest answer during the stall %d ms (%d probes); serving again %d ms "
                + "after SIGCONT; writes %s, slowest %d ms%n", api503, page503, readyDown, pids.size(), slowest,
                seen.stream().mapToInt(List::size).sum(), recoveredMillis, writes, slowestWrite);

        for (List<Probe> probesOfOne : seen) {
            for (Probe p : probesOfOne) {
                assertEquals(503, p.answer().status(), "during the stall: " + p);
                assertTrue(p.answer().millis() <= LIMIT_MILLIS, "a hung request: " + p);
            }
        }
        assertTrue(seen.get(0).get(0).answer().contentType().startsWith("application/problem+json"));
        assertTrue(seen.get(1).get(0).answer().contentType().startsWith("text/html"));
        assertTrue(api503 <= LIMIT_MILLIS, "/api 503 after " + api503 + " ms");
        assertTrue(readyDown <= LIMIT_MILLIS, "readiness DOWN after " + readyDown + " ms");
        assertTrue(Set.of(201, 503).containsAll(writes.keySet()), "201 or 503, never a 500: " + writes);
        assertFalse(app.logText().contains("is gone: starting it again"),
                "a stopped server is waited for, not replaced");
        assertTrue(slowestWrite <= LIMIT_MILLIS, "a write hung for " + slowestWrite + " ms");
        Set<String> stored = new HashSet<>(
                db.column("SELECT comment FROM progress_entry WHERE comment LIKE 'stall-%'"));
        assertTrue(stored.containsAll(attempts.stream().filter(a -> a.status() == 201).map(Attempt::key).toList()),
                "every acknowledged write is stored");
    }

    private static long first503(List<Probe> probes) {
        return probes.stream().filter(p -> p.answer().status() == 503).mapToLong(Probe::answeredMillis).min()
                .orElse(Long.MAX_VALUE);
    }
}
