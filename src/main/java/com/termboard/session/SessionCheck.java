package com.termboard.session;

import com.termboard.web.errors.Problem;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request authenticated by the form-login cookie must also show a live server-side session: the cookie of a
 * logged-out, expired or idle session is refused (pages go to the login page, the API answers 401). Requests
 * with HTTP Basic carry no session cookie and are not concerned.
 */
public class SessionCheck {

    @Inject
    SecurityIdentity identity;

    @Inject
    WebSessions sessions;

    @Inject
    SessionCookies cookies;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String formCookie;

    // Runs on the worker thread of the (blocking) endpoint, after authentication, before role checks' effects.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Optional<Response> check(ContainerRequestContext request) {
        Cookie form = request.getCookies().get(formCookie);
        if (form == null || form.getValue().isEmpty() || identity.isAnonymous()) {
            return Optional.empty();
        }
        Cookie id = request.getCookies().get(SessionCookies.SESSION_ID_COOKIE);
        if (sessions.isLive(id == null ? null : id.getValue(), identity.getPrincipal().getName())) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        Response.ResponseBuilder answer;
        if (path.equals("/api") || path.startsWith("/api/")) {
            answer = Response.status(401).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Termboard\"")
                    .entity(new Problem("about:blank", Texts.msg().error_not_logged_in(), 401,
                            Texts.msg().detail_session_ended(), path, List.of()));
        } else {
            answer = Response.seeOther(URI.create("/login"));
        }
        return Optional.of(answer.cookie(expired(formCookie), expired(SessionCookies.SESSION_ID_COOKIE)).build());
    }

    private NewCookie expired(String name) {
        return new NewCookie.Builder(name).value("").path("/").maxAge(0).httpOnly(true)
                .secure(cookies.secure()).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
