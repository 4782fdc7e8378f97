package com.termboard.notify;

import com.termboard.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One notification of one user (table {@code notification}, V8). Rows are written by {@link Notifications} in SQL;
 * this entity reads them and marks them read. The e-mail columns belong to {@link MailDelivery}.
 */
@Entity
public class Notification extends IdentifiedEntity {

    /** The longest list the page and the API show; older ones stay in the table. */
    public static final int LIST_SIZE = 100;

    @Column(name = "user_id")
    public long userId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    public String subjectType;
    public long subjectId;
    public String link;
    public String groupCode;
    public String termLabel;
    public String cycleName;
    public String person;
    public Integer count;
    public String reason;
    public LocalDate due;
    /** The day of a daily reminder; null for an event. */
    public LocalDate reminderDay;
    public Instant createdAt;
    public Instant readAt;

    public Notice notice() {
        return new Notice(kind, subjectType, subjectId, link, groupCode, termLabel, cycleName, person, count, reason,
                due);
    }

    /** The user's newest notifications first (at most {@link #LIST_SIZE}). */
    public static List<Notification> newestOf(long userId) {
        return find("userId = ?1 ORDER BY id DESC", userId).page(0, LIST_SIZE).list();
    }

    /** The user's notification by its id; empty for another user's, so that nobody learns which ids exist. */
    public static Optional<Notification> ofUser(long userId, Long id) {
        return id == null ? Optional.empty() : find("id = ?1 AND userId = ?2", id, userId).firstResultOptional();
    }
}
