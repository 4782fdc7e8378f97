package com.termboard.session;

import com.termboard.web.errors.ErrorResponses;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every unsafe request authenticated by the form-login cookie carries its session's CSRF token, in the
 * {@code X-CSRF-Token} header or in the {@code csrf-token} field of a form or multipart body, whatever its
 * Content-Type; otherwise it is refused with 403 before any resource runs. The cookie is sent by the browser on
 * its own, so it proves nothing about who wrote the request; HTTP Basic and bearer credentials are added by the
 * caller itself, and anonymous requests change nothing but through login, so neither needs a token. A browser,
 * though, keeps Basic credentials it was once asked for and adds them to any request, so an unsafe request with an
 * {@code Authorization} header that a browser says came from another site is refused as well.
 */
public class CsrfCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** Set while the token is expected in a form body, which can be read only once the route is matched. */
    private static final String IN_FORM = "termboard.csrf.in-form";

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfTokens tokens;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String formCookie;

    // Before matching, so that a body of a type the route does not take is 403 like any other forgery, not 415.
    // A session that has ended still has a valid token for its id: SessionCheck then sends it to the login page.
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Optional<Response> beforeMatching(ContainerRequestContext request) {
        if (crossSiteWithCredentials(request)) {
            return Optional.of(refusal(request));
        }
        if (!needsToken(request)) {
            return Optional.empty();
        }
        String header = request.getHeaderString(CsrfToken.HEADER);
        if (header == null && isForm(request.getMediaType())) {
            request.setProperty(IN_FORM, Boolean.TRUE);
            return Optional.empty();
        }
        return valid(request, header) ? Optional.empty() : Optional.of(refusal(request));
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    @WithFormRead
    public Optional<Response> formField(ResteasyReactiveContainerRequestContext request) {
        if (request.getProperty(IN_FORM) == null) {
            return Optional.empty();
        }
        request.removeProperty(IN_FORM);
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                .getFormParameter(CsrfToken.FIELD, true, false);
        return valid(request, field instanceof String value ? value : null) ? Optional.empty()
                : Optional.of(refusal(request));
    }

    /** A form the router refused (415, 405, 404) before its token could be read is still a refused token. */
    @ServerResponseFilter
    public void unreadForm(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(IN_FORM) != null) {
            Response refusal = refusal(request);
            response.setStatus(refusal.getStatus());
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.setEntity(refusal.getEntity(), null, refusal.getMediaType());
        }
    }

    private boolean needsToken(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie form = request.getCookies().get(formCookie);
        return form != null && !form.getValue().isEmpty() && !identity.isAnonymous();
    }

    private static boolean crossSiteWithCredentials(ContainerRequestContext request) {
        return !SAFE.contains(request.getMethod()) && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                && !LoginOrigin.fromOwnSite(request.getHeaderString("Sec-Fetch-Site"),
                        request.getHeaderString("Origin"), request.getHeaderString(HttpHeaders.HOST));
    }

    private boolean valid(ContainerRequestContext request, String token) {
        Cookie id = request.getCookies().get(SessionCookies.SESSION_ID_COOKIE);
        return tokens.isValid(id == null ? null : id.getValue(), token);
    }

    private static boolean isForm(MediaType type) {
        return type != null && !type.isWildcardType() && !type.isWildcardSubtype()
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static Response refusal(ContainerRequestContext request) {
        return ErrorResponses.of(request.getUriInfo(), 403, Texts.msg().error_forbidden(), Texts.msg().detail_csrf(),
                List.of());
    }
}
