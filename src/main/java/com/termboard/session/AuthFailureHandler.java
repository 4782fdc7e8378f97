package com.termboard.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.termboard.web.errors.DatabaseErrors;
import com.termboard.web.errors.Problem;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Wrong credentials fail before JAX-RS runs (proactive authentication), so its exception mappers never see
 * them: on the API this answers the same 401 problem+json they would (429 with Retry-After for a locked name);
 * pages keep the form login's own handling.
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
            Instant lockedUntil = event.get(LoginGuard.LOCKED_UNTIL);
            if (lockedUntil != null) {
                long seconds = Math.max(1, Duration.between(Instant.now(), lockedUntil).toSeconds() + 1);
                event.response().putHeader("Retry-After", String.valueOf(seconds));
                answer(event, 429, new Problem("about:blank", msg.error_too_many_logins(), 429,
                        msg.detail_too_many_logins(), event.normalizedPath(), List.of()));
                return;
            }
            event.response().putHeader("WWW-Authenticate", "Basic realm=\"Termboard\"");
            answer(event, 401, new Problem("about:blank", msg.error_not_logged_in(), 401,
                    msg.detail_bad_credentials(), event.normalizedPath(), List.of()));
        });
    }

    private void answer(RoutingContext event, int status, Problem problem) {
        try {
            event.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            event.fail(e);
        }
    }
}
