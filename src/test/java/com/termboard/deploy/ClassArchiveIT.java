package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} (docs/performance.md "Start-up and memory") records a class archive of a whole start and a first page, on a
 * database of its own, and the packaged app then starts with that archive, its runtime steps' classes included.
 * Runs after {@code package}.
 */
class ClassArchiveIT {

    @Test
    void trainingRecordsAWholeStartThatTheAppThenStartsFrom(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("app-cds.jsa");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path trainingLog = dir.resolve("training.log");
        ProcessBuilder training = new ProcessBuilder(AppProcess.java(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=error", "-Xlog:cds+dynamic=error", "-Djava.io.tmpdir=" + tmp,
                "-jar", AppProcess.JAR.toString(), "train")
                .redirectErrorStream(true).redirectOutput(trainingLog.toFile());
        // A configured database that does not answer: the training run must use its own, never this one.
        AppProcess.withOwnEnvironment(training,
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/x"));
        Process process = training.start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "the training run did not end within 4 minutes");
        String log = Files.readString(trainingLog);
        assertEquals(0, process.exitValue(), log);

        Matcher done = Pattern.compile("Training run done: (.*)").matcher(log);
        assertTrue(done.find(), log);
        List<String> visits = List.of(done.group(1).split(", "));
        assertEquals("login 302", visits.get(0), "the demo executive's form login");
        assertTrue(visits.size() >= 9, "a group report and a term's scorecard were found and read: " + visits);
        visits.subList(1, visits.size()).forEach(v -> assertTrue(v.endsWith(" 200"), "not a page: " + v));
        assertTrue(Files.size(archive) > 20_000_000, "archive of " + Files.size(archive) + " bytes");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("termboard-training-"))
                    .toList(), "the training database's directory is removed");
        }

        // -Xshare:on makes the JVM refuse to start with an archive it cannot use (another JVM or class path).
        Path classLog = dir.resolve("classes.log");
        AppProcess app = AppProcess.start("archived", List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info:file=" + classLog), Map.of(
                        "TERMBOARD_DEMO", "true",
                        "TERMBOARD_EMBEDDED_DB_DIR", dir.resolve("pg").toString()), dir);
        try {
            app.awaitReady(Duration.ofSeconds(150));
        } finally {
            app.kill();
        }
        String classes = Files.readString(classLog);
        // Classes of Quarkus's runtime steps, which its own build-time archive cannot hold: Flyway's migration,
        // Hibernate's session factory, our start-up check, the login form's template.
        for (String name : List.of("org.flywaydb.core.Flyway", "org.hibernate.internal.SessionFactoryImpl",
                "com.termboard.system.StartupChecks", "io.quarkus.qute.TemplateImpl")) {
            Matcher line = Pattern.compile("\\] " + Pattern.quote(name) + " source: (.*)").matcher(classes);
            assertTrue(line.find(), name + " was not loaded");
            assertEquals("shared objects file (top)", line.group(1), name + " was not mapped from the archive");
        }
    }
}
