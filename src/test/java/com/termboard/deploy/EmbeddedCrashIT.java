package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app on its own embedded PostgreSQL, 8 writers posting progress with Idempotency-Keys, and the
 * postmaster killed with SIGKILL mid-stream: the app starts the database again by itself and serves again, and every
 * entry answered 201 is there, then and again after a restart of the app on the same directory. Runs after
 * {@code package}.
 */
class EmbeddedCrashIT {

    static final int WRITERS = 8;
    static final Path LOGS = Path.of("target", "crash");
    static Path dataDir;
    static AppProcess app;

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

    static AppProcess start(String name) throws Exception {
        AppProcess started = AppProcess.start(name, Map.of(
                "TERMBOARD_EMBEDDED_DB_DIR", dataDir.toString(),
                "TERMBOARD_DEMO", "true",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "crash-it-session-key-0123456789-0123456789"),
                Files.createDirectories(LOGS));
        started.awaitReady(Duration.ofSeconds(180));
        return started;
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledPostmaster() throws Exception {
        dataDir = Files.createTempDirectory("termboard-crash").resolve("pg");
        app = start("crash");
        OwnDatabase db = new OwnDatabase(dataDir, app);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        OwnDatabase.CurrentTerm current = db.currentDpbgTerm();
        String term = current.id();
        String president = current.president();
        String kpi = current.kpi();
        String asOf = current.asOf();
        String api = app.url("/api/terms/" + term);

        // A script on the login session rather than Basic: no bcrypt per write, so writes come fast on two cores.
        Map<String, String> session = Requests.script(http, app, president);
        List<WriteLoad> loads = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            WriteLoad load = new WriteLoad("crash-w" + w + "-", app.url("/api/kpis/" + kpi + "/progress"),
                    session, asOf, 20);
            loads.add(load);
            writers.add(new Thread(load, "writer-" + w));
        }
        writers.forEach(Thread::start);
        Thread.sleep(3_000);

        long postmaster = db.postmaster();
        OwnDatabase.signal("KILL", List.of(postmaster));
        long killed = System.nanoTime();
        Requests.Timed answer = Requests.get(http, api, Requests.basic("exec"), null, Duration.ofSeconds(10));
        while (answer.status() != 200) {
            assertTrue(System.nanoTime() - killed < Duration.ofSeconds(60).toNanos(),
                    "not serving 60 s after the kill: " + answer);
            Thread.sleep(200);
            answer = Requests.get(http, api, Requests.basic("exec"), null, Duration.ofSeconds(10));
        }
        long recoveredMillis = (System.nanoTime() - killed) / 1_000_000;
        assertNotEquals(postmaster, db.postmaster(), "a new postmaster");
        Thread.sleep(2_000); // writes after the restart too
        loads.forEach(WriteLoad::stop);
        for (Thread t : writers) {
            t.join(30_000);
        }

        List<Attempt> attempts = loads.stream().flatMap(l -> l.attempts().stream()).toList();
        Map<Integer, Long> byStatus = new TreeMap<>(attempts.stream()
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
        Set<String> acknowledged = attempts.stream().filter(a -> a.status() == 201).map(Attempt::key)
                .collect(Collectors.toSet());
        assertTrue(acknowledged.size() >= 50, "a real stream of writes: " + byStatus);
        assertTrue(Set.of(201, 503).containsAll(byStatus.keySet()), "201 or 503, never a 500: " + byStatus);
        Set<String> lostAfterSelfRestart = lost(db, acknowledged);

        assertNotNull(app.terminate(Duration.ofSeconds(40)), "the app stops on SIGTERM");
        app = start("crash-restarted");
        Set<String> lostAfterAppRestart = lost(new OwnDatabase(dataDir, app), acknowledged);
        System.out.printf("EmbeddedCrashIT: %d writes %s; serving again %d ms after kill -9 of the postmaster; "
                + "lost %d of %d acknowledged after the self-restart, %d after the app's restart%n",
                attempts.size(), byStatus, recoveredMillis, lostAfterSelfRestart.size(), acknowledged.size(),
                lostAfterAppRestart.size());
        assertEquals(Set.of(), lostAfterSelfRestart, "acknowledged, then gone after the database's restart");
        assertEquals(Set.of(), lostAfterAppRestart, "acknowledged, then gone after the app's restart");
        assertTrue(logOf("crash").contains("is gone: starting it again"), "the watchdog says what it does");
        assertTrue(logOf("crash").contains("Embedded PostgreSQL running again"));
    }

    /** The acknowledged keys that have no entry; fails if a key was stored twice. */
    private static Set<String> lost(OwnDatabase db, Set<String> acknowledged) throws Exception {
        List<String> stored = db.column("SELECT comment FROM progress_entry WHERE comment LIKE 'crash-w%'");
        assertEquals(stored.size(), new HashSet<>(stored).size(), "a key stored twice");
        Set<String> lost = new HashSet<>(acknowledged);
        stored.forEach(lost::remove);
        return lost;
    }

    private static String logOf(String name) throws Exception {
        return Files.readString(LOGS.resolve(name + ".log"));
    }
}
