package com.termboard.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.termboard.system.EmbeddedDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged app, started at the same time against one PostgreSQL, behave as one: one
 * migration and one demo data set, a session and a review carried from one to the other, scores kept by one that
 * follow a write on the other, no write lost when both take writes at once; plus what operators rely on: per-route
 * timings and business counters in {@code /q/metrics} (on the management port), JSON logs when asked for, and a
 * clean exit on SIGTERM; and the daily reminders run by both at the same moment, giving each user one digest
 * through a real SMTP server. Runs after {@code package} ({@code ./mvnw verify}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    static final String KEY = "replicas-it-session-key-shared-by-both-0123456789";
    static final int N = 20;
    static Path dataDir;
    static Map<String, String> db;
    static AppProcess a;
    static AppProcess b;
    static GreenMail smtp;

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws Exception {
        dataDir = Files.createTempDirectory("termboard-replicas-pg");
        db = EmbeddedDatabase.start(dataDir);
        Path logs = Files.createDirectories(Path.of("target", "replicas"));
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", KEY,
                "TERMBOARD_DEMO", "true"));
        env.putAll(Map.of("TERMBOARD_NOTIFICATIONS_EMAIL", "true", "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort), "QUARKUS_MAILER_START_TLS", "DISABLED",
                // The test runs the job on both at once; a scheduled run in the middle would only blur it.
                "TERMBOARD_REMINDERS_TIME", "off"));
        a = AppProcess.start("a", env, logs);
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        b = AppProcess.start("b", env, logs); // both race for the empty database
        a.awaitReady(Duration.ofSeconds(150));
        b.awaitReady(Duration.ofSeconds(150));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (AppProcess app : new AppProcess[] {a, b}) {
                if (app != null) {
                    app.kill();
                }
            }
        } finally {
            if (smtp != null) {
                smtp.stop();
            }
            EmbeddedDatabase.stop();
            if (dataDir != null) {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Test
    @Order(1)
    void bothStartedWhileTheSchemaWasMigratedAndTheDemoDataLoadedOnce() throws Exception {
        long migrations;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            migrations = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertTrue(migrations > 0);
        assertEquals(List.of(migrations, migrations, 0L), sql(
                "SELECT count(*), count(DISTINCT version), count(*) FILTER (WHERE NOT success) "
                        + "FROM flyway_schema_history WHERE version IS NOT NULL"));
        assertEquals(List.of(1L, 12L, 2L), sql("SELECT (SELECT count(*) FROM app_user WHERE username = 'admin'), "
                + "(SELECT count(*) FROM app_user), (SELECT count(*) FROM business_group)"));
    }

    @Test
    @Order(2)
    void aSessionStartedOnAWorksOnB() {
        Map<String, String> cookies = given().redirects().follow(false).formParam("j_username", "admin")
                .formParam("j_password", "demo").post(a.url("/j_security_check"))
                .then().statusCode(302).extract().cookies();
        assertNotNull(cookies.get("termboard-session"));
        assertNotNull(cookies.get("termboard-sid"), "the server-side session's id");
        given().redirects().follow(false).cookies(cookies).get(b.url("/api/users"))
                .then().statusCode(200).body("username", org.hamcrest.Matchers.hasItem("admin"));
        int anonymous = given().redirects().follow(false).get(b.url("/api/users")).statusCode();
        assertTrue(anonymous == 401 || anonymous == 302, "without the cookie: " + anonymous);
        // The CSRF token of a page of A is good on B (one key); logging out on B ends the session on A too.
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(given().redirects().follow(false).cookies(cookies).get(a.url("/")).asString());
        assertTrue(token.find(), "a CSRF token on A's pages");
        given().redirects().follow(false).cookies(cookies).header("X-CSRF-Token", token.group(1))
                .post(b.url("/logout")).then().statusCode(303);
        given().redirects().follow(false).cookies(cookies).get(a.url("/api/users")).then().statusCode(401);
    }

    @Test
    @Order(3)
    void aReviewDraftedOnAIsSubmittedOnB() {
        JsonPath term = activeTerm();
        List<Long> objectives = term.getList("objectives.id", Long.class);
        long cycle = basic("admin").contentType("application/json")
                .body(Map.of("name", "Replicas check", "opensOn", term.getString("startDate"),
                        "closesOn", term.getString("endDate"), "final", false, "reviewers", List.of("rev4")))
                .post(a.url("/api/terms/" + term.getLong("id") + "/cycles"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String me = "/api/cycles/" + cycle + "/reviews/me";
        basic("rev4").contentType("application/json")
                .body(Map.of("ratings", List.of(rating(objectives.get(0), 4)), "comment", "drafted on A",
                        "submit", false))
                .put(a.url(me)).then().statusCode(200).body("status", equalTo("DRAFT"));
        JsonPath draft = basic("rev4").get(b.url(me)).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("comment", equalTo("drafted on A"))
                .body("ratings[0].rating", equalTo(4)).extract().jsonPath();
        basic("rev4").contentType("application/json")
                .body(Map.of("ratings", objectives.stream().map(o -> rating(o, 3)).toList(),
                        "comment", "submitted on B", "submit", true, "version", draft.getLong("version")))
                .put(b.url(me)).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        basic("rev4").get(a.url(me)).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("comment", equalTo("submitted on B"));
    }

    @Test
    @Order(4)
    void scoresKeptOnBFollowAProgressEntryMadeOnA() {
        JsonPath term = activeTerm();
        long id = term.getLong("id");
        String scorecard = "/api/terms/" + id + "/scorecard";
        String report = "/api/reports/groups/DPBG";
        String keptCard = basic("admin").get(b.url(scorecard)).then().statusCode(200).extract().asString();
        String keptReport = basic("admin").get(b.url(report)).then().statusCode(200).extract().asString();
        assertEquals(keptCard, basic("admin").get(b.url(scorecard)).then().statusCode(200).extract().asString());
        basic(term.getString("president")).contentType("application/json")
                .body(Map.of("asOf", term.getString("startDate"), "value", 4321, "comment", "kept scores"))
                .post(a.url("/api/kpis/" + term.getLong("objectives[0].kpis[0].id") + "/progress"))
                .then().statusCode(201);
        String card = basic("admin").get(b.url(scorecard)).then().statusCode(200).extract().asString();
        assertNotEquals(keptCard, card, "B's scorecard shows the entry made on A");
        assertEquals(basic("admin").get(a.url(scorecard)).then().statusCode(200).extract().asString(), card);
        String after = basic("admin").get(b.url(report)).then().statusCode(200).extract().asString();
        assertNotEquals(keptReport, after, "B's group report shows the entry made on A");
        assertEquals(basic("admin").get(a.url(report)).then().statusCode(200).extract().asString(), after);
    }

    @Test
    @Order(4)
    void concurrentWritesThroughBothInstancesLoseNothing() throws Exception {
        JsonPath term = activeTerm();
        String president = term.getString("president");
        long kpi = term.getLong("objectives[0].kpis[0].id");
        String path = "/api/kpis/" + kpi + "/progress";
        String asOf = term.getString("startDate");
        double countedBefore = counter(a, "termboard_progress_entries_total")
                + counter(b, "termboard_progress_entries_total");
        int before = history(president, path);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> plain = pool.invokeAll(List.of(
                    enter(a, president, path, asOf, "a", false), enter(b, president, path, asOf, "b", false)));
            Set<Long> ids = new HashSet<>();
            for (Future<List<Long>> f : plain) {
                ids.addAll(f.get());
            }
            assertEquals(2 * N, ids.size());
            assertEquals(before + 2 * N, history(president, path));

            // The same N keys through A and B at once: each key stores one entry, and both answers name it.
            List<Future<List<Long>>> twice = pool.invokeAll(List.of(
                    enter(a, president, path, asOf, "same", true), enter(b, president, path, asOf, "same", true)));
            assertEquals(twice.get(0).get(), twice.get(1).get());
            assertEquals(N, new HashSet<>(twice.get(0).get()).size());
            assertEquals(before + 3 * N, history(president, path));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(countedBefore + 3 * N, counter(a, "termboard_progress_entries_total")
                + counter(b, "termboard_progress_entries_total"), 0.0);
    }

    @Test
    @Order(5)
    void metricsTimeEachRouteByItsTemplateAndCountTheBusiness() {
        String metricsA = metrics(a);
        String metricsB = metrics(b);
        for (String uri : List.of("/api/kpis/{id}/progress", "/api/terms/{id}", "/api/terms/{id}/cycles",
                "/api/groups/{code}/terms")) {
            assertTrue(metricsA.contains("uri=\"" + uri + "\""), "no timings for " + uri);
        }
        assertTrue(metricsB.contains("uri=\"/api/cycles/{id}/reviews/me\""));
        Pattern rawId = Pattern.compile("^http_server_requests_seconds\\w*\\{[^}]*uri=\"[^\"]*/\\d+[/\"]",
                Pattern.MULTILINE);
        assertFalse(rawId.matcher(metricsA + metricsB).find(), "a raw id in a uri label");
        assertTrue(metricsA.contains("termboard_progress_entries_total"));
        assertTrue(counter(b, "termboard_review_submissions_total") >= 1.0);
    }

    @Test
    @Order(6)
    void logsAreJsonWhenConfigured() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String listening = b.logText().lines().filter(l -> l.contains("Listening on")).findFirst().orElseThrow();
        JsonNode line = json.readTree(listening);
        assertTrue(line.path("message").asText().contains("Listening on"), listening);
        assertEquals("INFO", line.path("level").asText());
        assertTrue(a.logText().lines().anyMatch(l -> l.contains("Listening on") && !l.startsWith("{")));
    }

    @Test
    @Order(6)
    void bothRunningTheRemindersAtTheSameMomentGiveEachUserOneDigest() throws Exception {
        JsonPath term = activeTerm();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long cycle = basic("admin").contentType("application/json")
                .body(Map.of("name", "Digest check", "opensOn", today.toString(), "closesOn",
                        today.plusDays(3).toString(), "final", false, "reviewers", List.of("rev1", "rev2")))
                .post(b.url("/api/terms/" + term.getLong("id") + "/cycles"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Long> assigned = awaitMails(m -> m.contains("Digest check"), 2);
        assertEquals(Map.of("rev1@example.com", 1L, "rev2@example.com", 1L), assigned, "told at once, one each");
        smtp.purgeEmailFromAllMailboxes();

        List<JsonPath> runs = atOnce(a, b);
        int notifications = runs.stream().mapToInt(r -> r.getInt("notifications")).sum();
        int emails = runs.stream().mapToInt(r -> r.getInt("emails")).sum();
        assertTrue(notifications >= 2, "the two reviews are due today: " + runs);
        assertTrue(emails >= 2, runs.toString());
        Map<String, Long> digests = awaitMails(m -> true, emails);
        assertTrue(digests.values().stream().allMatch(n -> n == 1), "one e-mail per user: " + digests);
        assertEquals(emails, digests.size(), "as many users as e-mails: " + digests);
        assertTrue(digests.containsKey("rev1@example.com") && digests.containsKey("rev2@example.com"),
                digests.toString());
        assertEquals(List.of(0L), sql("SELECT count(*) FROM (SELECT 1 FROM notification WHERE reminder_day IS NOT "
                + "NULL GROUP BY user_id, kind, subject_type, subject_id, reminder_day HAVING count(*) > 1) twice"));
        assertEquals(List.of(2L), sql("SELECT count(*) FROM notification WHERE kind = 'REVIEW_DUE' AND subject_id = "
                + cycle + " AND reminder_day = DATE '" + today + "'"));

        List<JsonPath> again = atOnce(b, a);
        assertEquals(List.of(0, 0, 0, 0), again.stream().flatMap(r -> Stream.of(r.getInt("notifications"),
                r.getInt("emails"))).toList(), "the same day again on both: nothing new");
        Thread.sleep(1000);
        assertEquals(emails, smtp.getReceivedMessages().length, "no e-mail twice");
    }

    /** {@code POST /api/admin/reminders/run} on each instance, released together. */
    private static List<JsonPath> atOnce(AppProcess... apps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(apps.length);
        CyclicBarrier start = new CyclicBarrier(apps.length);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (AppProcess app : apps) {
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return basic("admin").post(app.url("/api/admin/reminders/run")).then().statusCode(200)
                            .extract().jsonPath();
                }));
            }
            List<JsonPath> runs = new ArrayList<>();
            for (Future<JsonPath> f : answers) {
                runs.add(f.get(90, TimeUnit.SECONDS));
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits (up to 20 s) for {@code count} received e-mails whose subject and text match; counts them by recipient. */
    private static Map<String, Long> awaitMails(Predicate<String> matching, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, Long> byRecipient = Map.of();
        while (System.nanoTime() < deadline) {
            byRecipient = new TreeMap<>();
            int found = 0;
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (matching.test(m.getSubject() + "\n" + GreenMailUtil.getBody(m))) {
                    byRecipient.merge(m.getRecipients(Message.RecipientType.TO)[0].toString(), 1L, Long::sum);
                    found++;
                }
            }
            if (found >= count) {
                return byRecipient;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not " + count + " e-mails: " + byRecipient);
    }

    @Test
    @Order(7)
    void sigtermEndsEachInstanceCleanlyWithinTheShutdownTimeout() throws Exception {
        for (AppProcess app : List.of(a, b)) {
            long start = System.nanoTime();
            Integer exit = app.terminate(Duration.ofSeconds(30));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertNotNull(exit, app.name + " still running 30 s after SIGTERM");
            assertTrue(exit == 0 || exit == 143, app.name + " exited with " + exit);
            assertTrue(took.compareTo(Duration.ofSeconds(25)) < 0, app.name + " took " + took);
            assertTrue(app.logText().contains("stopped in"), app.name + " did not log a clean stop");
        }
    }

    private static Callable<List<Long>> enter(AppProcess app, String user, String path, String asOf, String tag,
            boolean keyed) {
        return () -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                RequestSpecification req = basic(user).contentType("application/json");
                if (keyed) {
                    req = req.header("Idempotency-Key", "replicas-" + tag + "-" + i);
                }
                ids.add(req.body(Map.of("asOf", asOf, "value", keyed ? 500 + i : (tag.equals("a") ? 100 : 200) + i,
                                "comment", "replicas " + tag + " " + i))
                        .post(app.url(path)).then().statusCode(201).extract().jsonPath().getLong("id"));
            }
            return ids;
        };
    }

    private static int history(String user, String path) {
        return basic(user).get(a.url(path)).then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** DPBG's active term with its plan, read as the admin. */
    private static JsonPath activeTerm() {
        List<Map<String, Object>> terms = basic("admin").get(a.url("/api/groups/DPBG/terms"))
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.status == 'ACTIVE' }");
        assertEquals(1, terms.size(), "one active DPBG term in the demo data");
        return basic("admin").get(a.url("/api/terms/" + terms.get(0).get("id")))
                .then().statusCode(200).body("planStatus", equalTo("APPROVED")).extract().jsonPath();
    }

    private static Map<String, Object> rating(long objective, int rating) {
        return Map.of("objective", objective, "rating", rating, "comment", "");
    }

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, "demo").redirects().follow(false);
    }

    private static String metrics(AppProcess app) {
        return given().get(app.managementUrl("/q/metrics")).then().statusCode(200).extract().asString();
    }

    /** The value of an unlabelled counter in {@code /q/metrics}; 0 while it was never incremented. */
    private static double counter(AppProcess app, String name) {
        Matcher m = Pattern.compile("^" + name + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(metrics(app));
        return m.find() ? Double.parseDouble(m.group(2)) : 0.0;
    }

    private static List<Long> sql(String query) throws Exception {
        try (Connection c = DriverManager.getConnection(db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"));
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            List<Long> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getLong(i));
            }
            return row;
        }
    }

    @Test
    @Order(5)
    void aProductionInstanceWithoutASessionKeyRefusesToStart() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", db.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", db.get("quarkus.datasource.password"),
                "TERMBOARD_DEMO", "false"));
        AppProcess keyless = AppProcess.start("keyless", env, Path.of("target", "replicas"));
        try {
            Integer exit = keyless.exitWithin(Duration.ofSeconds(150));
            assertNotNull(exit, "still running without a session key");
            assertTrue(exit != 0, "exit code " + exit);
            assertTrue(keyless.logText().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), keyless.logText());
        } finally {
            keyless.kill();
        }
    }
}
