package com.termboard.web.http;

import com.termboard.web.errors.EarlyAnswer;
import com.termboard.web.i18n.Messages;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before anything reads the request, what no route could serve: an address over 8 KB (414), a body
 * larger than quarkus.http.limits.max-body-size (413), and a NUL character in the address or a header (400:
 * PostgreSQL stores no NUL in text, so it would fail deep inside instead). All answer problem+json on the API and
 * the error page elsewhere, where Vert.x and Quarkus would answer with an empty body.
 */
@ApplicationScoped
public class RequestLimits {

    /** Longer addresses are refused; the line limit of Vert.x (application.properties) is well above it. */
    static final int MAX_URI = 8192;

    @Inject
    EarlyAnswer answer;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        // Before Quarkus' own body-size check (order -2); after PrivateResponses, so that refusals are marked too.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        // A body that turns out too large while it is read (no Content-Length) fails the request with 413.
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(this::tooLargeWhileRead);
    }

    private void check(RoutingContext event) {
        HttpServerRequest request = event.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            answer.send(event, 414, Messages::detail_uri_too_long);
        } else if (tooLarge(request.headers().get("Content-Length"))) {
            answer.send(event, 413, Messages::detail_too_large);
        } else if (hasNul(uri) || hasNul(request.headers())) {
            answer.send(event, 400, Messages::detail_nul);
        } else {
            event.next();
        }
    }

    private void tooLargeWhileRead(RoutingContext event) {
        if (event.statusCode() == 413 && !event.response().ended() && !event.response().headWritten()) {
            answer.send(event, 413, Messages::detail_too_large);
        } else {
            event.next();
        }
    }

    private boolean tooLarge(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > maxBody.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Netty refuses a malformed Content-Length itself
        }
    }

    /** A NUL as such or percent-encoded ({@code %00} decodes to NUL in a path segment or a query value). */
    static boolean hasNul(String text) {
        return text.indexOf('\0') >= 0 || text.contains("%00");
    }

    private static boolean hasNul(MultiMap headers) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().indexOf('\0') >= 0 || header.getValue().indexOf('\0') >= 0) {
                return true;
            }
        }
        return false;
    }
}
