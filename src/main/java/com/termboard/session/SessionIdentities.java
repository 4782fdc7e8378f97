package com.termboard.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The identity of every request that carries the form-login cookie (a "trusted" request: the cookie names the
 * user). Stands before security-jpa's own provider for these requests so that one statement reads the user's roles
 * together with the id and display name every page's layout shows, which then need no second read of the user
 * (see {@code web/CurrentUser}). Roles are read afresh on every request, as security-jpa does: a changed role
 * applies to the next request. A name with no user fails authentication; a database failure is passed on as its
 * cause, which the database-down handler answers with 503.
 */
@ApplicationScoped
public class SessionIdentities implements IdentityProvider<TrustedAuthenticationRequest> {

    /** Identity attribute: the user's id ({@link Long}). */
    public static final String USER_ID = "termboard.user-id";
    /** Identity attribute: the user's display name. */
    public static final String DISPLAY_NAME = "termboard.display-name";

    private static final String USER_AND_ROLES = """
            SELECT u.id, u.display_name, r.role FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id
            WHERE u.username = ?""";

    @Inject
    AgroalDataSource db;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2000; // before security-jpa's provider (1001), which then no longer runs for these requests
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String name = request.getPrincipal();
        if (LoginGuard.notAName(name)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a user name"));
        }
        return context.runBlocking(() -> load(name));
    }

    private SecurityIdentity load(String name) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(USER_AND_ROLES)) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new AuthenticationFailedException("No such user");
                }
                QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(name))
                        .addAttribute(USER_ID, rows.getLong(1))
                        .addAttribute(DISPLAY_NAME, rows.getString(2));
                do {
                    String role = rows.getString(3);
                    if (role != null) {
                        identity.addRole(role);
                    }
                } while (rows.next());
                return identity.build();
            }
        } catch (SQLException e) {
            throw new AuthenticationFailedException(e);
        }
    }
}
