package com.termboard.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * A request that fails before JAX-RS because the database is unreachable (proactive authentication looks the user
 * up first) answers 503 with Retry-After, as the exception mappers do later on: problem+json on the API, the error
 * page elsewhere; never a 500, and never a 401 that would tell a logged-in user their password is wrong.
 */
@ApplicationScoped
public class DatabaseDownHandler {

    private static final Logger LOG = Logger.getLogger(DatabaseDownHandler.class);

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext event) {
        if (event.response().ended() || !DatabaseErrors.isUnavailable(event.failure())) {
            event.next();
            return;
        }
        LOG.warnf("Database unreachable on %s: %s", event.normalizedPath(), event.failure());
        String path = event.normalizedPath();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        Locale locale = Texts.of(event.request());
        Messages msg = Texts.of(Messages.class, locale);
        try {
            String body = api
                    ? json.writeValueAsString(new Problem("about:blank", msg.error_unavailable(), 503,
                            msg.detail_database_down(), path, List.of()))
                    : ErrorResponses.page(503, msg.error_unavailable(), msg.detail_database_down(), locale);
            event.response().setStatusCode(503)
                    .putHeader("Content-Type", api ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8")
                    .putHeader("Retry-After", DatabaseErrors.RETRY_AFTER)
                    .end(body);
        } catch (JsonProcessingException | RuntimeException e) {
            event.fail(e);
        }
    }
}
