package com.termboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
        return ErrorResponses.of(uri, 403, "Forbidden", "You are not allowed to do this.", List.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .collect(Collectors.toList());
        return ErrorResponses.of(uri, 400, "Invalid input", "Some fields are not valid.", errors);
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadableField(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        return ErrorResponses.of(uri, 400, "Invalid input", "A field has the wrong type.",
                List.of(new FieldError(field.isEmpty() ? "body" : field, "Wrong type or format.")));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return ErrorResponses.of(uri, 400, "Invalid input", "The request body is not valid JSON.", List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return ErrorResponses.of(uri, 409, "Conflict", FormPost.STALE, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = status == 404 ? "There is nothing at this address." : type.getReasonPhrase();
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
            detail = "Something went wrong on our side. It has been logged.";
        }
        return ErrorResponses.of(uri, status, type.getReasonPhrase(), detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        DatabaseErrors.Classified known = DatabaseErrors.classify(e);
        if (known != null) {
            return ErrorResponses.of(uri, known.status(), known.title(), known.detail(), List.of());
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return ErrorResponses.of(uri, 500, "Internal error", "Something went wrong on our side. It has been logged.",
                List.of());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
