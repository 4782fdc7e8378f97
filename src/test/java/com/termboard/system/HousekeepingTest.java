package com.termboard.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clean-up deletes sessions that no request could use any more (ended, idle over 30 minutes, older than 12
 * hours), idempotency records older than 24 hours and notifications read more than a year ago (not unread ones,
 * nor one whose e-mail is still to send), and keeps everything else; run twice, the second run finds
 * nothing, which is what makes several replicas running it harmless.
 */
@QuarkusTest
class HousekeepingTest {

    @Inject
    Housekeeping housekeeping;

    @Inject
    AgroalDataSource db;

    @Test
    void deletesOnlyExpiredSessionsAndDayOldIdempotencyRecords() throws SQLException {
        Instant now = Instant.now();
        String user = Fixtures.unique("hk");
        session(user + "-live", user, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(5)), null);
        session(user + "-nearly-idle", user, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(29)), null);
        session(user + "-ended", user, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(1)),
                now.minus(Duration.ofMinutes(1)));
        session(user + "-idle", user, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(31)), null);
        session(user + "-too-old", user, now.minus(Duration.ofHours(13)), now.minus(Duration.ofMinutes(1)), null);
        record(user, "fresh", now.minus(Duration.ofHours(23)));
        record(user, "old", now.minus(Duration.ofHours(25)));
        long owner = userId(Fixtures.president());
        notification(owner, 1, now.minus(Duration.ofDays(366)), "SENT");
        notification(owner, 2, now.minus(Duration.ofDays(364)), "NONE");
        notification(owner, 3, null, "NONE");
        notification(owner, 4, now.minus(Duration.ofDays(400)), "PENDING");
        notification(owner, 5, now.minus(Duration.ofDays(400)), "NONE");

        Housekeeping.Purged purged = housekeeping.purge(now);

        assertEquals(List.of(user + "-live", user + "-nearly-idle"), ids("SELECT id_hash FROM web_session "
                + "WHERE username = ? ORDER BY id_hash", user));
        assertEquals(List.of("fresh"), ids("SELECT key FROM idempotency_record WHERE username = ?", user));
        assertTrue(purged.sessions() >= 3, "sessions deleted: " + purged.sessions());
        assertTrue(purged.idempotencyRecords() >= 1, "records deleted: " + purged.idempotencyRecords());
        assertEquals(List.of("2", "3", "4"), ids("SELECT subject_id::text FROM notification WHERE user_id = ?::bigint "
                + "ORDER BY subject_id", String.valueOf(owner)), "read within the year, unread, or its e-mail to send");
        assertTrue(purged.notifications() >= 2, "notifications deleted: " + purged.notifications());
        assertEquals(new Housekeeping.Purged(0, 0, 0), housekeeping.purge(now), "a second run finds nothing");
    }

    private void session(String id, String user, Instant created, Instant lastSeen, Instant ended)
            throws SQLException {
        update("INSERT INTO web_session (id_hash, username, created_at, last_seen_at, ended_at) "
                + "VALUES (?, ?, ?, ?, ?)", id, user, Timestamp.from(created), Timestamp.from(lastSeen),
                ended == null ? null : Timestamp.from(ended));
    }

    private void notification(long user, long subject, Instant readAt, String mail) throws SQLException {
        update("INSERT INTO notification (user_id, kind, subject_type, subject_id, link, created_at, read_at, mail) "
                + "VALUES (?, 'PLAN_APPROVED', 'term', ?, '/', ?, ?, ?)", user, subject,
                Timestamp.from(Instant.now().minus(Duration.ofDays(500))),
                readAt == null ? null : Timestamp.from(readAt), mail);
    }

    private long userId(String username) throws SQLException {
        return Long.parseLong(ids("SELECT id::text FROM app_user WHERE username = ?", username).get(0));
    }

    private void record(String user, String key, Instant created) throws SQLException {
        update("INSERT INTO idempotency_record (username, key, request, status, created_at) VALUES (?, ?, ?, 201, ?)",
                user, key, "POST /api/test #0", Timestamp.from(created));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private List<String> ids(String sql, String user) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, user);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
