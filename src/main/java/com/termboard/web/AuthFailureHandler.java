package com.termboard.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Wrong credentials fail before JAX-RS runs (proactive authentication), so its exception mappers never see
 * them: on the API this answers the same 401 problem+json they would; pages keep the form login's own handling.
 */
@ApplicationScoped
public class AuthFailureHandler {

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(event -> {
            if (!(event.failure() instanceof AuthenticationFailedException) || event.response().ended()
                    || DatabaseErrors.isUnavailable(event.failure())) { // DatabaseDownHandler answers 503
                event.next();
                return;
            }
            Messages msg = Texts.of(Messages.class, Texts.of(event.request()));
            Problem problem = new Problem("about:blank", msg.error_not_logged_in(), 401,
                    msg.detail_bad_credentials(), event.normalizedPath(), List.of());
            try {
                event.response().setStatusCode(401)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("WWW-Authenticate", "Basic realm=\"Termboard\"")
                        .end(json.writeValueAsString(problem));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                event.fail(e);
            }
        });
    }
}
