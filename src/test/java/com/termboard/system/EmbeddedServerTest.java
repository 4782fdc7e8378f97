package com.termboard.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL as the app runs it: durable settings, only its generated password accepted (also for a
 * directory made by the old version, which trusted everyone), and started again by itself after a kill -9.
 */
class EmbeddedServerTest {

    private Path dir;
    private EmbeddedServer server;

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null) {
            server.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void runsDurablyAndAcceptsOnlyItsOwnPassword() throws Exception {
        dir = Files.createTempDirectory("termboard-embedded-test").resolve("pg");
        server = EmbeddedServer.start(dir);
        try (Connection c = connect(server.password)) {
            // zonky passes -F (fsync off) and synchronous_commit=off: these prove that ours win.
            assertEquals("on", show(c, "fsync"));
            assertEquals("on", show(c, "synchronous_commit"));
            assertEquals("on", show(c, "full_page_writes"));
            assertEquals("scram-sha-256", show(c, "password_encryption"));
        }
        Path file = dir.resolve(EmbeddedCredentials.PASSWORD_FILE);
        assertEquals(server.password, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(server.password.length() >= 32, "a generated password, not a default");
        assertRefused();
    }

    @Test
    void aDirectoryOfTheOldVersionIsMovedToPasswordsOnce() throws Exception {
        dir = Files.createTempDirectory("termboard-embedded-test").resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .start(); Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v int)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        assertFalse(Files.exists(dir.resolve(EmbeddedCredentials.PASSWORD_FILE)), "the old version kept none");

        server = EmbeddedServer.start(dir);
        String password = server.password;
        assertEquals(password, Files.readString(dir.resolve(EmbeddedCredentials.PASSWORD_FILE)).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.PASSWORD_FILE))));
        assertRefused();
        try (Connection c = connect(password)) {
            assertEquals("42", query(c, "SELECT v FROM kept"));
        }

        server.close();
        server = EmbeddedServer.start(dir);
        assertEquals(password, server.password, "upgraded once: the next start keeps the password");
        try (Connection c = connect(password)) {
            assertEquals("42", query(c, "SELECT v FROM kept"));
        }
        assertRefused();
    }

    @Test
    void aKilledPostmasterIsStartedAgainOnTheSameDirectoryAndPort() throws Exception {
        dir = Files.createTempDirectory("termboard-embedded-test").resolve("pg");
        server = EmbeddedServer.start(dir);
        String url = server.jdbcUrl();
        try (Connection c = connect(server.password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acknowledged (v int)");
            s.execute("INSERT INTO acknowledged SELECT generate_series(1, 1000)");
        }
        long pid = Postmaster.pid(dir).orElseThrow();
        assertEquals(0, new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor());

        long killed = System.nanoTime();
        String count = null;
        while (count == null) {
            assertTrue(System.nanoTime() - killed < Duration.ofSeconds(60).toNanos(), "not back 60 s after kill -9");
            try (Connection c = connect(server.password)) {
                count = query(c, "SELECT count(*) FROM acknowledged");
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        System.out.printf("EmbeddedServerTest: serving again %d ms after kill -9%n",
                (System.nanoTime() - killed) / 1_000_000);
        assertEquals("1000", count, "every committed row survives");
        assertEquals(url, server.jdbcUrl(), "the same port, so the pool's URL still holds");
        assertNotEquals(pid, Postmaster.pid(dir).orElseThrow());
        assertRefused();
    }

    @Test
    void aNormalStopIsNotUndoneByTheWatchdog() throws Exception {
        dir = Files.createTempDirectory("termboard-embedded-test").resolve("pg");
        server = EmbeddedServer.start(dir);
        server.close();
        Thread.sleep(3_000); // three watchdog rounds
        assertFalse(Postmaster.running(dir), "stopped, and left stopped");
        assertThrows(SQLException.class, () -> connect(server.password).close());
        server = null;
    }

    private void assertRefused() {
        SQLException none = assertThrows(SQLException.class, () -> connect(null).close(), "no password");
        SQLException wrong = assertThrows(SQLException.class, () -> connect("postgres").close(), "wrong password");
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage()); // invalid_password
        assertTrue(none.getMessage().toLowerCase().contains("password"), none.getMessage());
    }

    private Connection connect(String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", EmbeddedCredentials.USER);
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(server.jdbcUrl(), props);
    }

    private static String show(Connection c, String setting) throws SQLException {
        return query(c, "SHOW " + setting);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
