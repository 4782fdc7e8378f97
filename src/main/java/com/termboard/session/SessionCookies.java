package com.termboard.session;

import com.termboard.system.TermboardConfig;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the session-id cookie after a form login, sends a locked login to the login page with its reason, and
 * gives every cookie we set the same flags: HttpOnly, SameSite=Strict, Path=/ and, behind TLS, Secure.
 */
@ApplicationScoped
public class SessionCookies {

    public static final String SESSION_ID_COOKIE = "termboard-sid";

    @Inject
    TermboardConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String formCookie;

    void install(@Observes Router router) {
        router.post("/j_security_check").order(Integer.MIN_VALUE).handler(request -> {
            request.addHeadersEndHandler(ignored -> afterLogin(request));
            request.next();
        });
        router.route().order(Integer.MIN_VALUE + 1).handler(request -> {
            Map<Cookie, String> received = received(request);
            request.addHeadersEndHandler(ignored -> flagCookies(request, received));
            request.next();
        });
    }

    private void afterLogin(RoutingContext request) {
        String id = request.get(LoginGuard.SESSION_ID);
        if (id != null) {
            request.response().addCookie(flag(Cookie.cookie(SESSION_ID_COOKIE, id)));
        }
        Instant lockedUntil = request.get(LoginGuard.LOCKED_UNTIL);
        if (lockedUntil != null) {
            long seconds = Math.max(1, Duration.between(SecurityClock.now(), lockedUntil).toSeconds() + 1);
            request.response().headers().set(HttpHeaders.LOCATION, "/login/failed?locked=true&retry=" + seconds);
        }
    }

    /**
     * The form-login cookies the request came with, each as it would be encoded, before anything (the form
     * login's renewal or logout) has touched them.
     */
    private Map<Cookie, String> received(RoutingContext request) {
        Map<Cookie, String> received = new IdentityHashMap<>();
        for (Cookie cookie : request.request().cookies(formCookie)) {
            received.put(cookie, cookie.encode());
        }
        return received;
    }

    /**
     * Flags the form-login cookies set while answering: those added (a login, a renewal) and those changed in place
     * (a removal). A cookie the request came with and nobody touched is not sent back, so it is left alone (a
     * setter would mark it for sending).
     */
    private void flagCookies(RoutingContext request, Map<Cookie, String> received) {
        for (Cookie cookie : request.request().cookies(formCookie)) {
            if (!cookie.encode().equals(received.get(cookie))) {
                flag(cookie);
            }
        }
    }

    private Cookie flag(Cookie cookie) {
        cookie.setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT);
        return secure() ? cookie.setSecure(true) : cookie;
    }

    /** Secure cookies as configured; by default in production, but not in dev, test or demo (plain HTTP). */
    public boolean secure() {
        return config.session().secureCookie().orElse(LaunchMode.current() == LaunchMode.NORMAL && !config.demo());
    }
}
