package com.termboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/** Turns a refusal into problem+json on the API and a friendly page elsewhere. */
public final class ErrorResponses {

    @CheckedTemplate(basePath = "error", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail);
    }

    private ErrorResponses() {
    }

    public static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    public static Response of(UriInfo uri, int status, String title, String detail, List<FieldError> errors) {
        Response.ResponseBuilder r = Response.status(status);
        if (status == 503) {
            r.header("Retry-After", DatabaseErrors.RETRY_AFTER);
        }
        if (isApi(uri)) {
            Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
            return r.type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        return r.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(status, title, detail)).build();
    }

    /** The error page's HTML, for handlers outside JAX-RS. */
    public static String page(int status, String title, String detail) {
        return Templates.page(status, title, detail).render();
    }

    /** Not logged in: the API asks for credentials, a page sends the browser to the login form. */
    public static Response unauthenticated(UriInfo uri) {
        if (isApi(uri)) {
            Problem problem = new Problem("about:blank", "Not logged in", 401,
                    "Log in, or send HTTP Basic credentials.", uri.getPath(), List.of());
            return Response.status(401).type(Problem.MEDIA_TYPE)
                    .header("WWW-Authenticate", "Basic realm=\"Termboard\"").entity(problem).build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }
}
