package com.termboard.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.termboard.web.forms.FieldError;
import com.termboard.web.i18n.Texts;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every exception that leaves a resource ends here; none shows a stack trace to a user. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiError(ApiError e, UriInfo uri) {
        return ErrorResponses.of(uri, e.status, e.title, e.getMessage(), e.errors);
    }

    // Wrong credentials (AuthenticationFailedException) are answered before JAX-RS: see AuthFailureHandler.
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return ErrorResponses.unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ErrorResponses.of(uri, 403, Texts.msg().error_forbidden(), Texts.msg().detail_not_allowed(), List.of());
    }

    // A value that cannot be read as its field's type, a number beyond its type's range (Jackson wraps the
    // parser's coercion error with the field's path) or a syntax error inside a field: named in the errors list.
    // Listed by class: Quarkus' own mapper for MismatchedInputException would otherwise be the closer match.
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class, JsonMappingException.class})
    public Response unreadableField(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        String detail = Texts.msg().detail_wrong_type();
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InputCoercionException) {
                detail = Texts.msg().detail_out_of_range();
                break;
            }
            if (t instanceof StreamReadException) {
                detail = Texts.msg().detail_not_json();
                break;
            }
        }
        return ErrorResponses.of(uri, 400, Texts.msg().error_invalid(), detail,
                List.of(new FieldError(field.isEmpty() ? "body" : field, detail)));
    }

    /** A number out of range outside any field (the body is a bare number). */
    @ServerExceptionMapper
    public Response outOfRange(InputCoercionException e, UriInfo uri) {
        return ErrorResponses.of(uri, 400, Texts.msg().error_invalid(), Texts.msg().detail_out_of_range(),
                List.of(new FieldError("body", Texts.msg().detail_out_of_range())));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return ErrorResponses.of(uri, 400, Texts.msg().error_invalid(), Texts.msg().detail_not_json(), List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, Texts.msg().error_conflict(),
                Texts.msg().detail_stale(), List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        // Quarkus' JSON reader wraps what Jackson refuses (syntax, numbers out of range) in a plain 400.
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableField(mapping, uri);
        }
        if (e.getCause() instanceof InputCoercionException coercion) {
            return outOfRange(coercion, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        String title = ErrorResponses.title(status);
        String detail = status == 404 ? Texts.msg().detail_nothing_here() : title;
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
            detail = Texts.msg().detail_internal();
        }
        return ErrorResponses.of(uri, status, title, detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (e instanceof java.io.IOException && "Request too large".equals(e.getMessage())) {
            // A chunked body over quarkus.http.limits.max-body-size: RESTEasy's reader has already answered 413.
            return Response.status(413).build();
        }
        if (refusedCharacter(e)) {
            return ErrorResponses.of(uri, 400, Texts.msg().error_bad_request(), Texts.msg().detail_nul(), List.of());
        }
        DatabaseErrors.Classified known = DatabaseErrors.classify(e);
        if (known != null) {
            return ErrorResponses.of(uri, known.status(), known.title(), known.detail(), List.of());
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return ErrorResponses.of(uri, 500, Texts.msg().error_internal(), Texts.msg().detail_internal(),
                List.of());
    }

    /**
     * A NUL in a text parameter is refused by the JDBC driver (22023, "Zero bytes may not occur in string
     * parameters") and a character outside the encoding by PostgreSQL (22021, 22P05). Input that reaches a
     * statement unchecked (a query parameter, a form field no rule reads) is then the client's error, not ours.
     */
    private static boolean refusedCharacter(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && List.of("22023", "22021", "22P05").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
