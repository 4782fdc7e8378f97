package com.termboard.notify;

import com.termboard.system.TermboardConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Writes notifications: the events of the features, in the transaction of the action that caused them (so the
 * in-app one exists exactly when the action happened), and the reminders of the daily job. An event's e-mails are
 * sent after that transaction commits, on a worker thread: a slow or refusing mail server never holds up or fails
 * the action; what is not sent stays pending for the next run of the job.
 */
@ApplicationScoped
public class Notifications {

    public static final String CREATED = "termboard.notifications.created";

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    /**
     * A reminder conflicts with the same one of the same day (the unique index notification_once_a_day) and is then
     * not written: that is the "at most once a day", whichever instance tries and however often. The e-mail is
     * PENDING when e-mail is on and the user has an address and wants e-mails.
     */
    private static final String INSERT = """
            INSERT INTO notification (user_id, kind, subject_type, subject_id, link, group_code, term_label,
                cycle_name, person, count, reason, due, reminder_day, mail)
            SELECT u.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                CASE WHEN ? AND u.email IS NOT NULL AND u.email_notifications THEN 'PENDING' ELSE 'NONE' END
            FROM app_user u WHERE u.id = ? AND u.active
            ON CONFLICT (user_id, kind, subject_type, subject_id, reminder_day) WHERE reminder_day IS NOT NULL
            DO NOTHING
            RETURNING id, mail
            """;

    /** The e-mails an action queued, to send once it has committed. */
    record Queued(List<Long> notifications) {
    }

    @Inject
    EntityManager em;

    @Inject
    TermboardConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Event<Queued> queued;

    @Inject
    MailDelivery delivery;

    /** Tells each of these users (inactive ones are skipped, each once) about an event of the current action. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Collection<Long> userIds, Notice notice) {
        List<Long> mails = new ArrayList<>();
        for (Long user : new LinkedHashSet<>(userIds)) {
            Written w = write(user, notice, null);
            if (w != null && w.mailPending()) {
                mails.add(w.id());
            }
        }
        if (!mails.isEmpty()) {
            queued.fire(new Queued(mails));
        }
    }

    /** Writes a reminder for {@code day} unless the user has it already; true when it is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean remind(long userId, Notice notice, LocalDate day) {
        return write(userId, notice, day) != null;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued event) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                delivery.sendNow(event.notifications());
            } catch (RuntimeException e) {
                // The database went away between the commit and now: the e-mails stay pending for the next run.
                LOG.warnf("Could not send the e-mails of notifications %s now: %s", event.notifications(), e);
            }
        });
    }

    private record Written(long id, boolean mailPending) {
    }

    private Written write(long userId, Notice n, LocalDate day) {
        Written w = em.unwrap(Session.class).doReturningWork(c -> insert(c, userId, n, day));
        if (w != null) {
            registry.counter(CREATED).increment();
        }
        return w;
    }

    private Written insert(Connection c, long userId, Notice n, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, n.kind().name());
            s.setString(2, n.subjectType());
            s.setLong(3, n.subjectId());
            s.setString(4, n.link());
            s.setString(5, n.group());
            s.setString(6, n.term());
            s.setString(7, n.cycle());
            s.setString(8, n.person());
            if (n.count() == null) {
                s.setNull(9, Types.INTEGER);
            } else {
                s.setInt(9, n.count());
            }
            s.setString(10, n.reason());
            s.setDate(11, n.due() == null ? null : Date.valueOf(n.due()));
            s.setDate(12, day == null ? null : Date.valueOf(day));
            s.setBoolean(13, config.notifications().email());
            s.setLong(14, userId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Written(r.getLong(1), "PENDING".equals(r.getString(2))) : null;
            }
        }
    }
}
