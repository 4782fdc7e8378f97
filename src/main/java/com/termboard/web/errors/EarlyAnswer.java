package com.termboard.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** A refusal sent from a Vert.x route, before JAX-RS and its exception mappers: the same problem+json or page. */
@ApplicationScoped
public class EarlyAnswer {

    @Inject
    ObjectMapper json;

    /** Ends {@code event} with {@code status}; the title follows the status, in the request's language. */
    public void send(RoutingContext event, int status, java.util.function.Function<Messages, String> detail) {
        Locale locale = Texts.of(event.request());
        Messages msg = Texts.of(Messages.class, locale);
        String title = status == 414 ? msg.error_uri_too_long() : status == 413 ? msg.error_too_large()
                : msg.error_bad_request();
        // The path is not echoed when it is the problem (too long, or holding a NUL).
        String path = status == 400 || status == 414 ? null : event.normalizedPath();
        boolean api = isApi(event);
        String body;
        try {
            body = api ? json.writeValueAsString(new Problem("about:blank", title, status, detail.apply(msg), path,
                    List.of())) : ErrorResponses.page(status, title, detail.apply(msg), locale);
        } catch (JsonProcessingException | RuntimeException e) {
            event.fail(e);
            return;
        }
        if (status == 413 || status == 414) {
            // The rest of the request (an unread body) is not worth reading: the connection ends with this answer.
            event.response().putHeader("Connection", "close")
                    .endHandler(v -> event.request().connection().close());
        }
        event.response().setStatusCode(status)
                .putHeader("Content-Type", api ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8").end(body);
    }

    static boolean isApi(RoutingContext event) {
        String path = event.request().path();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
