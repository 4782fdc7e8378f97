package com.termboard.user;

import com.termboard.audit.AuditLog;
import com.termboard.session.LoginGuard;
import com.termboard.web.errors.DatabaseErrors;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes every failed login, by form or by HTTP Basic, to the audit log with the name that was tried. */
@ApplicationScoped
public class LoginAudit {

    static final int MAX_NAME = 64;

    @Inject
    AuditLog audit;

    // Asynchronous: the failure is raised on an I/O thread, where the database may not be used.
    void failed(@ObservesAsync AuthenticationFailureEvent event) {
        if (DatabaseErrors.isUnavailable(event.getAuthenticationFailure())) {
            return; // the user could not be looked up (answered 503): no login failed, and nothing can be written
        }
        RoutingContext request = event.getEventProperties().values().stream()
                .filter(RoutingContext.class::isInstance).map(RoutingContext.class::cast).findFirst().orElse(null);
        String tried = request == null ? null : triedName(request);
        String path = request == null ? "" : request.normalizedPath();
        boolean locked = request != null && request.get(LoginGuard.LOCKED_UNTIL) != null;
        audit.recordAlone(tried == null ? "unknown" : tried, "LOGIN_FAILED", "Login",
                (locked ? "Refused login (too many failures) on " : "Failed login on ") + path);
    }

    static String triedName(RoutingContext request) {
        String name = request.request().getFormAttribute("j_username");
        String header = request.request().getHeader("Authorization");
        if (name == null && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                name = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
            } catch (IllegalArgumentException e) {
                name = null; // not Base64: nothing to name
            }
        }
        if (name != null) {
            name = name.replaceAll("\\p{Cntrl}", "?"); // PostgreSQL refuses a NUL character
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
