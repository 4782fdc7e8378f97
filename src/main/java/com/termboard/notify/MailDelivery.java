package com.termboard.notify;

import com.termboard.system.TermboardConfig;
import com.termboard.user.User;
import com.termboard.web.i18n.Locales;
import com.termboard.web.i18n.Texts;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends the e-mails of notifications. An e-mail is first claimed (its row goes from PENDING to SENDING in one
 * UPDATE, so that no two instances or threads send it), then sent, then marked SENT; a send that fails goes back to
 * PENDING for the next run of the job (FAILED after termboard.notifications.max-attempts tries), is logged and is
 * counted. A claim older than {@link #CLAIM_LIFETIME} (its instance died while sending) may be claimed again.
 */
@ApplicationScoped
public class MailDelivery {

    public static final String SENT = "termboard.mail.sent";
    public static final String FAILURES = "termboard.mail.failures";

    static final String CLAIM_LIFETIME = "10 minutes";

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private static final String CLAIM = """
            UPDATE notification SET mail = 'SENDING', mail_claimed_at = now()
            WHERE (mail = 'PENDING' OR (mail = 'SENDING' AND mail_claimed_at < now() - interval '%s')) %s
            RETURNING id
            """;

    /** One e-mail's content: the items it lists, each worded in the recipient's language with its address. */
    public record Item(String title, String link) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReactiveMailer mailer;

    @Inject
    TermboardConfig config;

    @Inject
    MeterRegistry registry;

    @Location("mail/notifications.txt")
    Template text;

    @Location("mail/notifications.html")
    Template html;

    /** In the caller's transaction: claims every pending e-mail; returns the ids of their notifications. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> claimAll() {
        return ids(em.createNativeQuery(CLAIM.formatted(CLAIM_LIFETIME, "")).getResultList());
    }

    /** Claims and sends the e-mails of these notifications at once, one each (the events of an action). */
    public int sendNow(List<Long> notifications) {
        if (!config.notifications().email()) {
            return 0;
        }
        List<Long> claimed = QuarkusTransaction.requiringNew().call(() -> ids(em.createNativeQuery(
                CLAIM.formatted(CLAIM_LIFETIME, "AND id IN (?1)")).setParameter(1, notifications).getResultList()));
        return send(claimed, false);
    }

    /**
     * Sends claimed e-mails. A job run ({@code digest} true) sends one e-mail per user who has digest on, listing
     * all of theirs; otherwise one per notification. Returns the e-mails sent.
     */
    public int send(List<Long> claimed, boolean digest) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, List<Notification>> byUser = new LinkedHashMap<>();
        Map<Long, User> users = QuarkusTransaction.requiringNew().call(() -> {
            for (Notification n : Notification.<Notification>list("id IN ?1 ORDER BY userId, id", claimed)) {
                byUser.computeIfAbsent(n.userId, u -> new ArrayList<>()).add(n);
            }
            return User.<User>list("id IN ?1", byUser.keySet()).stream()
                    .collect(Collectors.toMap(u -> u.id, Function.identity()));
        });
        int sent = 0;
        for (Map.Entry<Long, List<Notification>> mine : byUser.entrySet()) {
            User user = users.get(mine.getKey());
            if (user == null || !user.active || user.email == null || !user.emailNotifications) {
                mark(mine.getValue(), "mail = 'NONE', mail_claimed_at = NULL", null);
                continue;
            }
            List<List<Notification>> mails = digest && user.digest ? List.of(mine.getValue())
                    : mine.getValue().stream().map(List::of).toList();
            for (List<Notification> mail : mails) {
                sent += send(user, mail) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(User user, List<Notification> notifications) {
        try {
            deliver(mail(user, notifications), user);
        } catch (RuntimeException e) {
            registry.counter(FAILURES).increment();
            LOG.warnf("E-mail of notifications %s to %s not sent, kept for the next run: %s", ids(notifications),
                    user.username, e);
            mark(notifications, "mail = CASE WHEN mail_attempts + 1 >= ?2 THEN 'FAILED' ELSE 'PENDING' END, "
                    + "mail_attempts = mail_attempts + 1, mail_claimed_at = NULL, mail_error = left(?3, 500)",
                    String.valueOf(e.getMessage()));
            return false;
        }
        registry.counter(SENT).increment();
        mark(notifications, "mail = 'SENT', mailed_at = now(), mail_attempts = mail_attempts + 1, "
                + "mail_claimed_at = NULL, mail_error = NULL", null);
        return true;
    }

    /**
     * Sends one e-mail, and once more on another connection when the first try gets no answer in time. Vert.x's mail
     * client (4.5) now and then stalls on a fresh connection (seen with GreenMail in MailTest and ReplicasIT: ss
     * showed both socket queues empty, jstack the server waiting for a command); that e-mail would hang until the
     * server hangs up (30 s to 5 min) and then wait for the next day's run. Only a server that took the whole message
     * and did not confirm it within the limit would get it twice. Any other failure is tried again by the next run.
     */
    private void deliver(Mail mail, User user) {
        Duration limit = config.notifications().sendTimeout();
        try {
            mailer.send(mail).await().atMost(limit);
        } catch (TimeoutException e) {
            LOG.warnf("E-mail to %s got no answer within %s, sending it once more", user.username, limit);
            mailer.send(mail).await().atMost(limit);
        }
    }

    /** The e-mail for these notifications of one user, in the user's language, with absolute links. */
    Mail mail(User user, List<Notification> notifications) {
        Locale locale = Locales.supported(user.language) != null ? Locales.supported(user.language) : Locales.DEFAULT;
        String base = config.baseUrl().replaceAll("/+$", "");
        List<Item> items = notifications.stream().map(n -> new Item(NoticeTexts.title(n.notice(), locale),
                base + n.link)).toList();
        NotifyMessages words = Texts.of(NotifyMessages.class, locale);
        String subject = items.size() == 1 ? words.mail_subject_one(items.get(0).title())
                : words.mail_subject_digest(items.size());
        return Mail.withText(user.email, subject, render(text, user, items, base, locale))
                .setHtml(render(html, user, items, base, locale));
    }

    private static String render(Template template, User user, List<Item> items, String base, Locale locale) {
        TemplateInstance page = template.data("name", user.displayName).data("items", items)
                .data("preferences", base + "/me").data("locale", locale.toLanguageTag());
        page.setLocale(locale);
        return page.render();
    }

    private void mark(List<Notification> notifications, String set, String error) {
        List<Long> ids = ids(notifications);
        QuarkusTransaction.requiringNew().run(() -> {
            var update = em.createNativeQuery("UPDATE notification SET " + set + " WHERE id IN (?1)")
                    .setParameter(1, ids);
            if (error != null) {
                update.setParameter(2, config.notifications().maxAttempts()).setParameter(3, error);
            }
            update.executeUpdate();
        });
    }

    private static List<Long> ids(Collection<?> rows) {
        return rows.stream().map(r -> r instanceof Notification n ? n.id : ((Number) r).longValue()).toList();
    }
}
