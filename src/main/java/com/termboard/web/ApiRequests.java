package com.termboard.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * API calls without a body (POST …/plan/submit) carry no Content-Type, or the form type some clients add to an
 * empty body; the CSRF filter would take them for an empty form and refuse them. They are JSON calls, authenticated by Basic or a SameSite=Strict session, so
 * they are marked as such before the CSRF check; forms on pages keep their token check.
 */
public class ApiRequests {

    @ServerRequestFilter(preMatching = true)
    public void markBodilessApiCallsAsJson(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean bodiless = request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                || "0".equals(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (api && bodiless) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
