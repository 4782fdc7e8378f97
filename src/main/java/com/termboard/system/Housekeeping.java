package com.termboard.system;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes what no request can use any more: sessions that ended or expired (idle longer than the form timeout, or
 * older than the absolute lifetime, as WebSessions.isLive decides), idempotency records older than 24 hours, and
 * notifications read more than {@link #NOTIFICATIONS_KEPT} ago (unread ones, and any whose e-mail is still to be
 * sent, stay).
 */
@ApplicationScoped
public class Housekeeping {

    /** A repeat of a create is answered as the first call for this long (SPEC "JSON API": Idempotency-Key). */
    static final Duration IDEMPOTENCY_KEPT = Duration.ofHours(24);

    /** A notification read this long ago is gone from the list and the bell. */
    static final Duration NOTIFICATIONS_KEPT = Duration.ofDays(365);

    /** Every replica runs the job; the one that gets this lock does the work and the others skip that round. */
    private static final long LOCK = 0x7465726d_686f7573L; // "termhous"

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    EntityManager em;

    @Inject
    TermboardConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration idleTimeout;

    /** Rows deleted by one run. */
    public record Purged(int sessions, int idempotencyRecords, int notifications) {
    }

    // "off" in the tests (application.properties): a test runs purge itself when nothing else depends on the rows.
    @Scheduled(identity = "housekeeping", every = "{termboard.housekeeping.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        Purged purged = purge(Instant.now());
        if (purged.sessions() + purged.idempotencyRecords() + purged.notifications() > 0) {
            LOG.infof("Housekeeping deleted %d sessions, %d idempotency records and %d notifications",
                    purged.sessions(), purged.idempotencyRecords(), purged.notifications());
        }
    }

    /**
     * Deletes the rows expired at {@code now}. Each DELETE only removes rows that are dead whoever runs it, so a
     * second replica doing the same finds nothing left; the advisory lock just spares it the work (and two
     * replicas locking the same rows in different orders). Returns nothing deleted when another holds the lock.
     */
    @Transactional
    public Purged purge(Instant now) {
        Boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return new Purged(0, 0, 0);
        }
        int sessions = em.createNativeQuery("DELETE FROM web_session WHERE ended_at IS NOT NULL "
                        + "OR created_at < ?1 OR last_seen_at < ?2")
                .setParameter(1, now.minus(config.session().absoluteLifetime()))
                .setParameter(2, now.minus(idleTimeout)).executeUpdate();
        int records = em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, now.minus(IDEMPOTENCY_KEPT)).executeUpdate();
        int notifications = em.createNativeQuery("DELETE FROM notification WHERE read_at < ?1 "
                        + "AND mail NOT IN ('PENDING', 'SENDING')")
                .setParameter(1, now.minus(NOTIFICATIONS_KEPT)).executeUpdate();
        return new Purged(sessions, records, notifications);
    }
}
