package com.termboard.session;

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
import java.util.Optional;

/**
 * Stands before security-jpa's password check (form and HTTP Basic): refuses a locked name without checking its
 * password, counts wrong passwords, and opens the server-side session of a successful form login.
 */
@ApplicationScoped
public class LoginGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Request data: the id of the session a form login opened, for its cookie. */
    public static final String SESSION_ID = "termboard.session-id";
    /** Request data: the {@link Instant} until which the tried name is locked. */
    public static final String LOCKED_UNTIL = "termboard.locked-until";

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
        return context.runBlocking(() -> {
            Optional<Instant> locked = throttle.lockedUntil(name);
            if (locked.isPresent()) {
                if (http != null) {
                    http.put(LOCKED_UNTIL, locked.get());
                }
                throw new AuthenticationFailedException("Too many failed logins");
            }
            SecurityIdentity identity;
            try {
                identity = passwords.authenticate(request, context).await().indefinitely();
            } catch (AuthenticationFailedException e) {
                throttle.failed(name);
                throw e;
            }
            if (identity != null && isFormLogin(http)) {
                http.put(SESSION_ID, sessions.open(identity.getPrincipal().getName()));
            }
            return identity;
        });
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
