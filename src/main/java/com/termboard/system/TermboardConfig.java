package com.termboard.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Termboard's own settings ({@code termboard.*}); each is documented in the README's table. */
@ConfigMapping(prefix = "termboard")
public interface TermboardConfig {

    /** Load the demo data set into an empty database and print the demo logins. */
    @WithDefault("false")
    boolean demo();

    /** Password of the first admin, {@code admin}, created when the database has no user. */
    Optional<String> adminPassword();

    /** The zone in which "today" is decided. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** The perspectives an objective may take. */
    List<String> perspectives();

    EmbeddedDb embeddedDb();

    Csrf csrf();

    Progress progress();

    Scoring scoring();

    Session session();

    Login login();

    Housekeeping housekeeping();

    RenderedParts renderedParts();

    /** This application's address as users reach it, for the absolute links of e-mails ({@code https://…}). */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    Notifications notifications();

    Reminders reminders();

    /** The embedded PostgreSQL, used when no datasource URL is set. */
    interface EmbeddedDb {
        /** Its data directory; survives restarts. */
        @WithDefault("./data/pg")
        String dir();
    }

    /** CSRF tokens (session/CsrfTokens). */
    interface Csrf {
        /** Signs the tokens: at least 32 characters, the same on every instance; unset, from the session key. */
        Optional<String> signatureKey();
    }

    /** Progress entry rules. */
    interface Progress {
        /** Days after a term's end during which progress may still be entered. */
        @WithDefault("14")
        int graceDays();
    }

    /** Scoring parameters of SPEC.md "Scoring". */
    interface Scoring {
        /** The attainment cap. */
        @WithDefault("1.5")
        BigDecimal cap();

        /** k, the KPI share of the composite score. */
        @WithName("kpi-share")
        @WithDefault("0.6")
        BigDecimal kpiShare();
    }

    /** Form-login sessions; the idle timeout is {@code quarkus.http.auth.form.timeout}. */
    interface Session {
        /** How long a login lasts at most, however active its user. */
        @WithDefault("PT12H")
        Duration absoluteLifetime();

        /** Send the session and CSRF cookies with Secure (behind TLS); unset: on outside dev, test and demo. */
        Optional<Boolean> secureCookie();
    }

    /** Login throttling; the rule is in session/LoginThrottle's Javadoc. */
    interface Login {
        /** Password checks for one name from one client address per window. */
        @WithDefault("5")
        int maxFailures();

        /** Password checks for one name from all addresses per window (guessing from many addresses). */
        @WithDefault("50")
        int nameMaxFailures();

        /** Password checks from one client address for all names per window (password spraying). */
        @WithDefault("20")
        int addressMaxFailures();

        /** The first window; one that ends with its budget spent makes the next twice as long. */
        @WithDefault("PT15M")
        Duration window();

        /** The longest window (the longest wait); a key quiet for this long after its window starts afresh. */
        @WithDefault("PT4H")
        Duration maxWindow();

        /** How often the clean-up drops ended windows of unknown names and stale rows. */
        @WithDefault("PT10M")
        Duration cleanUpEvery();
    }

    /** The clean-up of expired rows (system/Housekeeping). */
    interface Housekeeping {
        /** How often it runs, as a Quarkus scheduler interval ({@code 1h}); {@code off}: never by itself. */
        @WithDefault("1h")
        String every();
    }

    /** The kept renderings of report bodies (web/render/RenderedParts reads this). */
    interface RenderedParts {
        /** The most kept, in bytes; 0 keeps nothing (for measuring what keeping gives). */
        @WithDefault("24000000")
        long maxBytes();
    }

    /** How notifications reach users besides the in-app list. */
    interface Notifications {
        /** Send e-mails (through the quarkus.mailer.* settings); off, nothing needs a mail server. */
        @WithDefault("false")
        boolean email();

        /** How many times one e-mail is tried (once at the event, then once per daily run) before it is given up. */
        @WithDefault("7")
        int maxAttempts();

        /**
         * How long one e-mail may take; one that takes longer is sent once more on another connection (the mail client
         * now and then stalls on a fresh connection until the server hangs up: notify/MailDelivery).
         */
        @WithDefault("10S")
        Duration sendTimeout();
    }

    /** The daily reminder job (notify/ReminderJob). */
    interface Reminders {
        /** When it runs each day in termboard.time-zone, {@code HH:mm} or {@code HH:mm:ss}; {@code off}: never. */
        @WithDefault("08:00")
        String time();
    }
}
