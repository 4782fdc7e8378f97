package com.termboard.session;

import com.termboard.user.User;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Stands before security-jpa's password check (form and HTTP Basic): reserves the check in {@link LoginThrottle}
 * first (refused: no check), fails a password bcrypt could not hold without checking it, and opens the
 * server-side session of a successful form login.
 */
@ApplicationScoped
public class LoginGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Request data: the id of the session a form login opened, for its cookie. */
    public static final String SESSION_ID = "termboard.session-id";
    /** Request data: the {@link Instant} until which this client may not try the name again. */
    public static final String LOCKED_UNTIL = "termboard.locked-until";

    private static final Logger LOG = Logger.getLogger(LoginGuard.class);

    @Inject
    JpaIdentityProvider passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    WebSessions sessions;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2000; // before security-jpa's provider (1001), which then only runs through this one
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String name = request.getUsername();
        if (notAName(name)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a user name"));
        }
        if (!User.fitsBcrypt(new String(request.getPassword().getPassword()))) {
            // bcrypt would only read its first 72 bytes: such a password was never set, so it cannot be right.
            return Uni.createFrom().failure(new AuthenticationFailedException("Password too long"));
        }
        String address = ClientAddress.of(http);
        return context.runBlocking(() -> {
            LoginThrottle.Reservation reservation;
            try {
                reservation = throttle.reserve(name, address, SecurityClock.now());
            } catch (LoginThrottle.Throttled e) {
                if (http != null) {
                    http.put(LOCKED_UNTIL, e.until);
                }
                throw new AuthenticationFailedException("Too many failed logins");
            }
            SecurityIdentity identity;
            try {
                identity = passwords.authenticate(request, context).await().indefinitely();
            } catch (AuthenticationFailedException e) {
                throw e; // a wrong password (or unknown name) keeps its reservation: it counts
            } catch (RuntimeException e) {
                handBack(reservation, false); // the database failed, not the password: no guess was made
                throw e;
            }
            if (identity != null) {
                handBack(reservation, true);
            }
            if (identity != null && isFormLogin(http)) {
                http.put(SESSION_ID, sessions.open(identity.getPrincipal().getName()));
            }
            return identity;
        });
    }

    private void handBack(LoginThrottle.Reservation reservation, boolean succeeded) {
        try {
            throttle.handBack(reservation, succeeded);
        } catch (RuntimeException e) {
            LOG.warnf("Could not hand back a login check: %s", e.getMessage()); // it then counts, no more
        }
    }

    /** No user has such a name, and PostgreSQL refuses a NUL character in a query parameter: no need to ask. */
    static boolean notAName(String name) {
        return name == null || name.isBlank() || name.chars().anyMatch(Character::isISOControl);
    }

    private static boolean isFormLogin(RoutingContext http) {
        return http != null && http.request().method() == HttpMethod.POST
                && http.normalizedPath().endsWith("/j_security_check");
    }
}
