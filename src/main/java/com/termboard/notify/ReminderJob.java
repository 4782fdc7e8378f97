package com.termboard.notify;

import com.termboard.system.TermboardConfig;
import com.termboard.system.Today;
import com.termboard.task.TaskFacts;
import com.termboard.task.TaskQueries;
import com.termboard.task.TaskRules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The daily reminder job (SPEC.md "Notifications and reminders"), at termboard.reminders.time in
 * termboard.time-zone on every instance, or at once by {@code POST /api/admin/reminders/run}.
 *
 * <p>Runs on all instances are taken one after the other by a PostgreSQL advisory lock, held while the run writes
 * its reminders and claims the e-mails to send. The reminders themselves are unique per user, kind, subject and day
 * in the table; the lock is what makes a user's digest one e-mail: a run that waited for the lock finds every
 * reminder of the day written and every e-mail claimed by the run before it.
 */
@ApplicationScoped
public class ReminderJob {

    private static final long LOCK = 0x7465726d_72656d69L; // "termremi"

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    /** What one run did: reminders written (new today) and e-mails sent. */
    public record Result(int notifications, int emails) {
    }

    @Inject
    EntityManager em;

    @Inject
    TermboardConfig config;

    @Inject
    Today today;

    @Inject
    TaskQueries tasks;

    @Inject
    Notifications notifications;

    @Inject
    MailDelivery delivery;

    @Inject
    Scheduler scheduler;

    void schedule(@Observes StartupEvent start) {
        LocalTime at = at(config.reminders().time());
        if (at == null) {
            return;
        }
        scheduler.newJob("reminders").setCron("%d %d %d * * ?".formatted(at.getSecond(), at.getMinute(), at.getHour()))
                .setTimeZone(config.timeZone().getId()).setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> {
                    Result r = run();
                    LOG.infof("Reminders: %d new notifications, %d e-mails", r.notifications(), r.emails());
                }).schedule();
    }

    /** The time of day of the setting, or null for "off"; anything else stops the start with a clear message. */
    static LocalTime at(String setting) {
        if ("off".equalsIgnoreCase(setting.trim())) {
            return null;
        }
        try {
            return LocalTime.parse(setting.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("termboard.reminders.time must be HH:mm, HH:mm:ss or off, not "
                    + setting, e);
        }
    }

    public Result run() {
        LocalDate day = today.date();
        record Claimed(int written, List<Long> mails) {
        }
        Claimed claimed = QuarkusTransaction.requiringNew().call(() -> {
            // Waiting for another instance's run is expected: longer than the 2 s any request statement may take.
            em.createNativeQuery("SET LOCAL statement_timeout = '60s'").executeUpdate();
            em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1)) l").setParameter(1, LOCK)
                    .getSingleResult();
            int written = 0;
            for (Map.Entry<Long, TaskFacts> user : tasks.everyone(day).entrySet()) {
                for (Notice n : ReminderRules.reminders(TaskRules.tasks(user.getValue(), day), day)) {
                    written += notifications.remind(user.getKey(), n, day) ? 1 : 0;
                }
            }
            return new Claimed(written, config.notifications().email() ? delivery.claimAll() : List.of());
        });
        return new Result(claimed.written(), delivery.send(claimed.mails(), true));
    }
}
