package com.termboard.notify;

import com.termboard.session.CurrentUser;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The current user's notifications: the header's bell ({@code inject:inbox.unread}), the list, marking read. */
@Named("inbox")
@RequestScoped
public class Inbox {

    @Inject
    CurrentUser me;

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource db;

    private Long unread;

    /**
     * Unread notifications of the logged-in user, counted once per request: one plain statement on every page, on
     * the index of the unread ones, without reading the user or starting Hibernate's session.
     */
    public long unread() {
        if (unread == null) {
            unread = me.isLoggedIn() ? countUnread(me.id()) : 0;
        }
        return unread;
    }

    private long countUnread(long userId) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL")) {
            s.setLong(1, userId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the unread notifications", e);
        }
    }

    public List<NotificationView> list() {
        return Notification.newestOf(me.id()).stream().map(NotificationView::of).toList();
    }

    /** Marks one of the user's notifications read (again: no change); another's or none is a 404. */
    @Transactional
    public NotificationView markRead(Long id) {
        Notification n = Notification.ofUser(me.id(), id)
                .orElseThrow(() -> ApiError.notFound(Texts.of(NotifyMessages.class).no_notification(id == null ? 0
                        : id)));
        if (n.readAt == null) {
            n.readAt = Instant.now(clock);
        }
        return NotificationView.of(n);
    }

    @Transactional
    public int markAllRead() {
        return Notification.update("readAt = ?1 WHERE userId = ?2 AND readAt IS NULL", Instant.now(clock),
                me.id());
    }
}
