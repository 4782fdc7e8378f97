package com.termboard.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.forms.FormStore;
import com.termboard.web.forms.Kept;
import io.agroal.api.AgroalDataSource;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The refused forms of a login session, one per page, in {@code kept_form}: a refused POST keeps its form here and
 * redirects to the page, whose GET (on any instance, after a reload or a language switch too) shows it again.
 */
@ApplicationScoped
public class KeptForms implements FormStore {

    /** How long a refused form is shown again. */
    static final Duration KEPT_FOR = Duration.ofMinutes(30);

    private static final String STORE = "INSERT INTO kept_form (session_hash, page, kept_at, form) "
            + "SELECT id_hash, ?, ?, ? FROM web_session WHERE id_hash = ? AND ended_at IS NULL "
            + "ON CONFLICT (session_hash, page) DO UPDATE SET kept_at = EXCLUDED.kept_at, form = EXCLUDED.form";

    @Inject
    AgroalDataSource db;

    @Inject
    CurrentVertxRequest current;

    @Inject
    ObjectMapper json;

    /** Keeps {@code form} for this session's {@code page}; false without a login session (nothing to keep it in). */
    @Override
    public boolean keep(String page, Kept form) {
        String session = sessionHash();
        if (session == null) {
            return false;
        }
        Instant now = SecurityClock.now();
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM kept_form WHERE kept_at < ?")) {
                s.setObject(1, LoginThrottle.utc(now.minus(KEPT_FOR)));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(STORE)) {
                s.setString(1, page);
                s.setObject(2, LoginThrottle.utc(now));
                s.setString(3, json.writeValueAsString(form));
                s.setString(4, session);
                return s.executeUpdate() == 1;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not keep the refused form", e);
        }
    }

    /** The form refused on this session's {@code page} in the last 30 minutes, or {@link Kept#NONE}. */
    @Override
    public Kept find(String page) {
        String session = sessionHash();
        if (session == null) {
            return Kept.NONE;
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT form FROM kept_form WHERE session_hash = ? AND page = ? AND kept_at >= ?")) {
            s.setString(1, session);
            s.setString(2, page);
            s.setObject(3, LoginThrottle.utc(SecurityClock.now().minus(KEPT_FOR)));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? json.readValue(row.getString(1), Kept.class) : Kept.NONE;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the kept form", e);
        }
    }

    /** Forgets the form kept for {@code page}: it was sent successfully. */
    @Override
    public void drop(String page) {
        String session = sessionHash();
        if (session != null) {
            delete("DELETE FROM kept_form WHERE session_hash = ? AND page = ?", session, page);
        }
    }

    /** Forgets every form of the session {@code id} (logout). */
    void dropSession(String id) {
        delete("DELETE FROM kept_form WHERE session_hash = ?", WebSessions.hash(id));
    }

    private void delete(String sql, String... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop kept forms", e);
        }
    }

    private String sessionHash() {
        RoutingContext request = current.getCurrent();
        Cookie id = request == null ? null : request.request().getCookie(SessionCookies.SESSION_ID_COOKIE);
        if (id == null || id.getValue().isEmpty() || id.getValue().length() > 100) {
            return null;
        }
        return WebSessions.hash(id.getValue());
    }
}
