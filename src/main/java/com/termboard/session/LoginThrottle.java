package com.termboard.session;

import com.termboard.system.TermboardConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password-check budgets, reserved in PostgreSQL before bcrypt runs. A check needs room in three budgets, each
 * per window: {@code max-failures} (5) for the name from this client address, {@code name-max-failures} (50) for
 * the name from all addresses, {@code address-max-failures} (20) for this address over all names. So one
 * address gets at most 5 checks of a name per window however parallel (each reservation is one statement under
 * the key's row lock, and all three commit or none), and a stranger who spends a name's budget from their
 * address does not lock its owner out elsewhere; only many addresses together (50 checks) can. A window begins
 * with a key's first check after the last one ended; one that ends with its budget spent makes the next twice
 * as long (15 min, 30 min, 1 h … up to {@code max-window}), so a persistent guesser waits longer and longer,
 * while a window with budget to spare resets that. A successful login hands its reservation back (successes
 * are not guesses: an office behind one address is not throttled by its own logins) and clears the budget of
 * its name from its address (the person there knows the password); a wrong password keeps it.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_NAME = 64;

    // One statement per key: a fresh key or an ended window reserves the first check of a new window (twice as
    // long if the ended one spent its budget); an open window reserves while it has room, else no row returns.
    private static final String RESERVE = """
            INSERT INTO login_throttle AS t (key, username, window_end, checks, strikes)
            VALUES (:key, :name, CAST(:now AS timestamptz) + :window * interval '1 second', 1, 0)
            ON CONFLICT (key) DO UPDATE SET
                checks = CASE WHEN t.window_end > :now THEN t.checks + 1 ELSE 1 END,
                strikes = CASE WHEN t.window_end > :now THEN t.strikes
                               WHEN t.checks >= :budget THEN least(t.strikes + 1, 16) ELSE 0 END,
                window_end = CASE WHEN t.window_end > :now THEN t.window_end
                    ELSE CAST(:now AS timestamptz) + least(:window * power(2, CASE WHEN t.checks >= :budget
                        THEN least(t.strikes + 1, 16) ELSE 0 END), :maxWindow) * interval '1 second' END
            WHERE t.window_end <= :now OR t.checks < :budget
            RETURNING window_end""";

    @Inject
    TermboardConfig config;

    @Inject
    AgroalDataSource db;

    /** The checks held by one login attempt, to hand back if it succeeds. */
    public record Reservation(List<String> keys, List<OffsetDateTime> windowEnds) {
    }

    /** No room in a budget: no password check until {@code until}. */
    public static final class Throttled extends RuntimeException {
        public final transient Instant until;

        Throttled(Instant until) {
            super("Too many failed logins", null, false, false); // expected, and frequent under attack
            this.until = until;
        }
    }

    /** Reserves one check of {@code name} from {@code address}, or throws {@link Throttled} (reserving none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Reservation reserve(String name, String address, Instant now) {
        String tried = key(name);
        TermboardConfig.Login login = config.login();
        // Always in this order (address, name, pair): concurrent reservations then never wait on each other in
        // a cycle.
        List<String> keys = List.of("a:" + address, "n:" + tried, "p:" + tried + " " + address);
        int[] budgets = {login.addressMaxFailures(), login.nameMaxFailures(), login.maxFailures()};
        List<OffsetDateTime> ends = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < keys.size(); i++) {
                Sql reserve = new Sql(RESERVE).bind("key", keys.get(i)).bind("name", i == 0 ? null : tried)
                        .bind("now", utc(now)).bind("budget", budgets[i])
                        .bind("window", (double) login.window().toSeconds())
                        .bind("maxWindow", (double) login.maxWindow().toSeconds());
                try (PreparedStatement s = reserve.prepare(c); ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new Throttled(windowEnd(c, keys.get(i))); // rolls back the keys reserved so far
                    }
                    ends.add(r.getObject(1, OffsetDateTime.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Reservation(keys, ends);
    }

    /** Hands the checks back (no guess was wrong); after a login, clears the name's budget from its address. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void handBack(Reservation reservation, boolean loggedIn) {
        try (Connection c = db.getConnection()) {
            for (int i = 0; i < reservation.keys().size(); i++) {
                String key = reservation.keys().get(i);
                if (loggedIn && key.startsWith("p:")) {
                    execute(c, "DELETE FROM login_throttle WHERE key = ?", key, null);
                    continue;
                }
                // Only within the same window: a later window's checks are not this login's to hand back.
                execute(c, "UPDATE login_throttle SET checks = greatest(checks - 1, 0) "
                        + "WHERE key = ? AND window_end = ?", key, reservation.windowEnds().get(i));
                execute(c, "DELETE FROM login_throttle WHERE key = ? AND checks = 0 AND strikes = 0", key, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant windowEnd(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT window_end FROM login_throttle WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private static void execute(Connection c, String sql, String key, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            if (at != null) {
                s.setObject(2, at);
            }
            s.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** The budget key of a tried name: user names are lower case, so "Admin" and "admin" share one. */
    static String key(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }
}
