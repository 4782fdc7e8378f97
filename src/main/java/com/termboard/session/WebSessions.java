package com.termboard.session;

import com.termboard.system.TermboardConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens, checks and ends server-side sessions, so that a logged-out or expired cookie no longer works. */
@ApplicationScoped
public class WebSessions {

    /** last_seen_at is written at most this often, so that a busy user costs one read per request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Read with plain JDBC, not a query through Hibernate's session: it runs before every page. */
    private static final String SESSION =
            "SELECT username, created_at, last_seen_at, ended_at FROM web_session WHERE id_hash = ?";

    private final SecureRandom random = new SecureRandom();

    @Inject
    AgroalDataSource db;

    @Inject
    TermboardConfig config;

    @Inject
    KeptForms kept;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration idleTimeout;

    /** A new session for {@code username}; the answer is the id for its cookie, stored only as a hash. */
    @Transactional
    public String open(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = SecurityClock.now();
        WebSession.delete("username = ?1 and (endedAt is not null or createdAt < ?2)", username,
                now.minus(config.session().absoluteLifetime()));
        WebSession session = new WebSession();
        session.idHash = hash(id);
        session.username = username;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return id;
    }

    /**
     * Whether {@code id} names a live session of {@code username}: not ended, not too old, not idle too long. Runs on
     * every request, so it reads one row without a transaction and writes only when last_seen_at is due a touch.
     */
    public boolean isLive(String id, String username) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return false;
        }
        String idHash = hash(id);
        String owner;
        Instant createdAt;
        Instant lastSeenAt;
        boolean ended;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(SESSION)) {
            s.setString(1, idHash);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                owner = row.getString(1);
                createdAt = row.getObject(2, OffsetDateTime.class).toInstant();
                lastSeenAt = row.getObject(3, OffsetDateTime.class).toInstant();
                ended = row.getObject(4) != null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session", e);
        }
        Instant now = SecurityClock.now();
        if (ended || !username.equals(owner)
                || createdAt.isBefore(now.minus(config.session().absoluteLifetime()))
                || lastSeenAt.isBefore(now.minus(idleTimeout))) {
            return false;
        }
        Instant due = now.minus(TOUCH_EVERY);
        if (lastSeenAt.isBefore(due)) {
            QuarkusTransaction.requiringNew().run(() -> WebSession.update(
                    "lastSeenAt = ?1 where idHash = ?2 and endedAt is null and lastSeenAt < ?3", now, idHash, due));
        }
        return true;
    }

    /** Ends the session {@code id} for good (logout); unknown ids are ignored. */
    @Transactional
    public void end(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 100) {
            WebSession.update("endedAt = ?1 where idHash = ?2 and endedAt is null", SecurityClock.now(), hash(id));
            kept.dropSession(id);
        }
    }

    static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
