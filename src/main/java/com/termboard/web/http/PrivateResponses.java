package com.termboard.web.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers to a signed-in user (form session or HTTP Basic) carry {@code Cache-Control: no-store}, whatever they
 * are (pages, JSON, CSV, redirects, error pages): a shared computer's browser cache or a proxy must not keep a
 * scorecard for the next person. Decided on the request's credentials, so refusals and errors carry it too.
 */
@ApplicationScoped
public class PrivateResponses {

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::mark);
    }

    private void mark(RoutingContext event) {
        // Decided when the headers go out: no later handler (static files set their own caching) undoes it, and a
        // login's answer counts too, as its new session cookie is then in the request's cookie jar.
        event.addHeadersEndHandler(v -> {
            if (signedIn(event.request())) {
                event.response().headers().set("Cache-Control", "no-store");
            }
        });
        event.next();
    }

    private boolean signedIn(HttpServerRequest request) {
        return request.headers().contains("Authorization") || request.getCookie(sessionCookie) != null;
    }
}
