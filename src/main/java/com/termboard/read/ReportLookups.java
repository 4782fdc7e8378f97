package com.termboard.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The small lookups of the reports, one statement each: a group, a president, reviewers' names. */
@ApplicationScoped
class ReportLookups {

    @Inject
    Jdbc jdbc;

    public Optional<ReportViews.GroupRef> group(String code) {
        if (code == null || code.indexOf('\u0000') >= 0) {
            return Optional.empty(); // PostgreSQL refuses NUL in a parameter; no such group can exist
        }
        try (Connection c = jdbc.connection();
                PreparedStatement s = c.prepareStatement("SELECT code, name FROM business_group WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ReportViews.GroupRef(rs.getString(1), rs.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the group", e);
        }
    }

    public Optional<ReportViews.PresidentRef> president(String username) {
        if (username == null || username.indexOf('\u0000') >= 0) {
            return Optional.empty(); // PostgreSQL refuses NUL in a parameter; no such user can exist
        }
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT username, display_name FROM app_user WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ReportViews.PresidentRef(rs.getString(1), rs.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the user", e);
        }
    }

    /** Usernames and display names by user id. */
    public Map<Long, ReportViews.PresidentRef> users(Collection<Long> ids) {
        Map<Long, ReportViews.PresidentRef> users = new HashMap<>();
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, username, display_name FROM app_user WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.put(rs.getLong(1), new ReportViews.PresidentRef(rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the users", e);
        }
        return users;
    }
}
