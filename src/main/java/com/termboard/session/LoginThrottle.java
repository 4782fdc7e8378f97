package com.termboard.session;

import com.termboard.system.TermboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Counts wrong passwords per tried name; after too many in the window, further logins wait until it passes. */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_NAME = 64;

    @Inject
    TermboardConfig config;

    /** When {@code name} may try again, if it is locked now. */
    @Transactional
    public Optional<Instant> lockedUntil(String name) {
        int max = config.login().maxFailures();
        Instant now = SecurityClock.now();
        List<Instant> recent = LoginFailure.getEntityManager()
                .createQuery("select f.at from LoginFailure f where f.username = ?1 and f.at > ?2 order by f.at desc",
                        Instant.class)
                .setParameter(1, key(name)).setParameter(2, now.minus(config.login().window()))
                .setMaxResults(max).getResultList();
        if (recent.size() < max) {
            return Optional.empty();
        }
        // The lock lifts when the oldest of the last max failures leaves the window.
        return Optional.of(recent.get(max - 1).plus(config.login().window()));
    }

    /** Notes a wrong password for {@code name}, and forgets its failures that no longer count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String name) {
        Instant now = SecurityClock.now();
        LoginFailure.delete("username = ?1 and at < ?2", key(name), now.minus(config.login().window()));
        LoginFailure failure = new LoginFailure();
        failure.username = key(name);
        failure.at = now;
        failure.persist();
    }

    static String key(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }
}
