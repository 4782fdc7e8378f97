package com.termboard.session;

import com.termboard.web.errors.ErrorResponses;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A login posted from another site (login CSRF: the victim silently signed in as the attacker) is refused with
 * 403 before any password is checked. Browsers say where a form came from in {@code Sec-Fetch-Site} and
 * {@code Origin}; a request with neither (curl, scripts) is not a browser's and is let through.
 */
@ApplicationScoped
public class LoginOrigin {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    void install(@Observes Router router) {
        router.post("/j_security_check").order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext event) {
        if (fromOwnSite(event.request())) {
            event.next();
            return;
        }
        Locale locale = Texts.of(event.request());
        Messages msg = Texts.of(Messages.class, locale);
        event.response().setStatusCode(403).putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(ErrorResponses.page(403, msg.error_forbidden(), msg.detail_cross_site_login(), locale));
    }

    static boolean fromOwnSite(HttpServerRequest request) {
        return fromOwnSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    /** The same, from the three headers' values (each may be absent). */
    static boolean fromOwnSite(String site, String origin, String host) {
        if (site != null && !OWN_SITE.contains(site.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return origin == null || sameHost(origin, host);
    }

    /**
     * Host and port only: behind the Ingress, TLS ends before the app, so the origin's https is the app's http.
     * An opaque origin ("null", from a sandboxed frame or a privacy redirect) is never ours.
     */
    static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false;
            }
            String own = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return withoutDefaultPort(own).equalsIgnoreCase(withoutDefaultPort(host.trim()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String authority) {
        return authority.replaceFirst(":(80|443)$", "");
    }
}
