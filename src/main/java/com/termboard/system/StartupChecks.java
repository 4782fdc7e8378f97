package com.termboard.system;

import com.termboard.audit.AuditLog;
import com.termboard.user.Role;
import com.termboard.user.User;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Refuses to start without a session key in production, and creates the first admin from configuration. */
@Singleton
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    @Inject
    TermboardConfig config;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        requireSessionKey(LaunchMode.current(), config.demo(), sessionKey);
        if (!config.demo()) {
            FirstStartLock.hold();
            if (User.count() == 0) {
                createFirstAdmin();
            }
        }
    }

    /** Without a shared key Quarkus would encrypt session cookies with a random one: refuse that in production. */
    static void requireSessionKey(LaunchMode mode, boolean demo, Optional<String> key) {
        if (mode == LaunchMode.NORMAL && !demo && key.filter(k -> k.length() >= 16).isEmpty()) {
            throw new IllegalStateException("Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (at least 16 characters, "
                    + "the same on every instance): without it sessions would not survive a restart or work across "
                    + "instances.");
        }
    }

    /** bcrypt ignores what follows 72 bytes: refuse to start rather than keep a password cut short unseen. */
    static void requireBcryptPassword(String password) {
        if (!User.fitsBcrypt(password)) {
            throw new IllegalStateException("TERMBOARD_ADMIN_PASSWORD is longer than " + User.MAX_PASSWORD_BYTES
                    + " bytes in UTF-8: bcrypt would ignore the rest, so any password sharing its start would log "
                    + "in. Choose a shorter one.");
        }
    }

    private void createFirstAdmin() {
        Optional<String> password = config.adminPassword().filter(p -> !p.isBlank());
        if (password.isEmpty()) {
            LOG.warn("The database has no user. Set TERMBOARD_ADMIN_PASSWORD to create the first admin, 'admin'.");
            return;
        }
        requireBcryptPassword(password.get());
        User admin = new User();
        admin.username = "admin";
        admin.displayName = "Administrator";
        admin.setPassword(password.get());
        admin.roles.add(Role.ADMIN.name());
        admin.createdAt = Instant.now(clock);
        admin.persist();
        audit.record("CREATE", "User", admin.id, null, java.util.Map.of("username", "admin", "roles", "ADMIN"));
        LOG.info("Created the first admin, 'admin', with the password from TERMBOARD_ADMIN_PASSWORD.");
    }
}
