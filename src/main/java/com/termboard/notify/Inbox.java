package com.termboard.notify;

import com.termboard.session.CurrentUser;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
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

    private Long unread;

    /** Unread notifications of the logged-in user, counted once per request (an index on the unread ones). */
    public long unread() {
        if (unread == null) {
            unread = me.isLoggedIn() ? Notification.unreadOf(me.user().id) : 0;
        }
        return unread;
    }

    public List<NotificationView> list() {
        return Notification.newestOf(me.user().id).stream().map(NotificationView::of).toList();
    }

    /** Marks one of the user's notifications read (again: no change); another's or none is a 404. */
    @Transactional
    public NotificationView markRead(Long id) {
        Notification n = Notification.ofUser(me.user().id, id)
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
                me.user().id);
    }
}
