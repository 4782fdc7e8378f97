package com.termboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL that a packaged app started for itself in {@code TERMBOARD_EMBEDDED_DB_DIR}: its port (from
 * the app's log), its password (from the data directory, as an operator would read it) and its processes.
 */
final class OwnDatabase {

    private static final Pattern URL = Pattern.compile("embedded PostgreSQL in \\S+ on (jdbc:postgresql://\\S+)");

    final Path dataDir;
    private final AppProcess app;

    OwnDatabase(Path dataDir, AppProcess app) {
        this.dataDir = dataDir;
        this.app = app;
    }

    /** A connection as the app's own user, with the password kept in the data directory. */
    Connection connect() throws SQLException, IOException {
        Matcher m = URL.matcher(app.logText());
        assertTrue(m.find(), "no embedded database in the log of " + app.name);
        return DriverManager.getConnection(m.group(1), "postgres",
                Files.readString(dataDir.resolve("termboard-password")).strip());
    }

    /** The demo's current DPBG term: its id, president, first KPI and start date (the earliest as-of). */
    record CurrentTerm(String id, String president, String kpi, String asOf) {
    }

    CurrentTerm currentDpbgTerm() throws Exception {
        String term = text("SELECT t.id FROM term t JOIN business_group g ON g.id = t.group_id "
                + "WHERE g.code = 'DPBG' AND t.start_date <= current_date AND t.end_date >= current_date");
        return new CurrentTerm(term,
                text("SELECT u.username FROM term t JOIN app_user u ON u.id = t.president_id WHERE t.id = " + term),
                text("SELECT min(k.id) FROM kpi k JOIN objective o ON o.id = k.objective_id WHERE o.term_id = " + term),
                text("SELECT start_date FROM term WHERE id = " + term));
    }

    String text(String query) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            assertTrue(rs.next(), query);
            return rs.getString(1);
        }
    }

    List<String> column(String query) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** The postmaster's pid, from postmaster.pid in the data directory. */
    long postmaster() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    /** The postmaster and every process it started (backends, checkpointer, WAL writer, ...). */
    List<Long> processes() throws IOException {
        long pid = postmaster();
        List<Long> all = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).map(ProcessHandle::descendants).orElse(Stream.empty())
                .forEach(p -> all.add(p.pid()));
        return all;
    }

    /** Sends {@code signal} (KILL, STOP, CONT) to {@code pids}. */
    static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(String.valueOf(p)));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), "kill -" + signal + " " + pids);
    }
}
