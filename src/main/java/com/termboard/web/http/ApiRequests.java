package com.termboard.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * API calls without a body (POST …/plan/submit) carry no Content-Type, or the form type some clients add to an
 * empty body; the JSON resources would answer 415. They are marked as JSON before matching. This does not spare
 * them the CSRF check: on the login session the token must then come in the X-CSRF-Token header.
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
