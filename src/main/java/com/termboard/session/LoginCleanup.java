package com.termboard.session;

import com.termboard.system.TermboardConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps {@code login_throttle} small: anyone may try any name, so rows of names no user has go once their
 * window has ended, and every row goes once it has been quiet for {@code max-window} after its window (it
 * would then start afresh anyway). Each instance runs it; the deletes do not mind.
 */
@ApplicationScoped
public class LoginCleanup {

    private static final Logger LOG = Logger.getLogger(LoginCleanup.class);

    @Inject
    TermboardConfig config;

    @Inject
    AgroalDataSource db;

    @Scheduled(every = "${termboard.login.clean-up-every:PT10M}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            run(SecurityClock.now());
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Login clean-up failed, tried again later: %s", e.getMessage()); // e.g. database down
        }
    }

    /** Deletes the rows no longer needed at {@code now}; answers how many. */
    public int run(Instant now) throws SQLException {
        try (Connection c = db.getConnection()) {
            int unknown = delete(c, "DELETE FROM login_throttle t WHERE t.username IS NOT NULL AND t.window_end <= ? "
                    + "AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.username = t.username)", now);
            int stale = delete(c, "DELETE FROM login_throttle WHERE window_end <= ?",
                    now.minus(config.login().maxWindow()));
            return unknown + stale;
        }
    }

    private static int delete(Connection c, String sql, Instant before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, LoginThrottle.utc(before));
            return s.executeUpdate();
        }
    }
}
