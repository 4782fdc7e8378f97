package com.termboard.web.errors;

import com.termboard.web.forms.FieldError;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Turns a refusal into problem+json on the API and a friendly page elsewhere. */
public final class ErrorResponses {

    @CheckedTemplate(basePath = "error", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance page(int status, String title, String detail, String lang);
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
                .entity(Templates.page(status, title, detail, Texts.current().toLanguageTag())).build();
    }

    /** The title of a refusal with this status, in the language of the request. */
    public static String title(int status) {
        Messages msg = Texts.msg();
        return switch (status) {
            case 400 -> msg.error_bad_request();
            case 401 -> msg.error_not_logged_in();
            case 403 -> msg.error_forbidden();
            case 404 -> msg.error_not_found();
            case 405 -> msg.error_method_not_allowed();
            case 406 -> msg.error_not_acceptable();
            case 409 -> msg.error_conflict();
            case 413 -> msg.error_too_large();
            case 414 -> msg.error_uri_too_long();
            case 415 -> msg.error_unsupported_type();
            case 503 -> msg.error_unavailable();
            default -> status >= 500 ? msg.error_internal() : msg.error_bad_request();
        };
    }

    /** The error page's HTML, for handlers outside JAX-RS. */
    public static String page(int status, String title, String detail, Locale locale) {
        TemplateInstance page = Templates.page(status, title, detail, locale.toLanguageTag());
        page.setLocale(locale);
        return page.render();
    }

    /** Not logged in: the API asks for credentials, a page sends the browser to the login form. */
    public static Response unauthenticated(UriInfo uri) {
        if (isApi(uri)) {
            Problem problem = new Problem("about:blank", Texts.msg().error_not_logged_in(), 401,
                    Texts.msg().detail_log_in(), uri.getPath(), List.of());
            return Response.status(401).type(Problem.MEDIA_TYPE)
                    .header("WWW-Authenticate", "Basic realm=\"Termboard\"").entity(problem).build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }
}
