package com.termboard.system;

import com.termboard.notify.MailDelivery;
import com.termboard.notify.Notifications;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The business counters, registered at start so that Prometheus sees them at 0 from the first scrape instead of
 * only after the first increment.
 */
@Singleton
public class BusinessMetrics {

    public static final String PROGRESS_ENTRIES = "termboard.progress.entries";
    public static final String REVIEW_SUBMISSIONS = "termboard.review.submissions";

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent event) {
        Counter.builder(PROGRESS_ENTRIES).description("Progress entries stored").register(registry);
        Counter.builder(REVIEW_SUBMISSIONS).description("Reviews submitted").register(registry);
        Counter.builder(Notifications.CREATED).description("Notifications written (events and reminders)")
                .register(registry);
        Counter.builder(MailDelivery.SENT).description("Notification e-mails sent").register(registry);
        Counter.builder(MailDelivery.FAILURES).description("Notification e-mails the mail server did not take; "
                + "each is tried again by the next reminder run").register(registry);
    }
}
