package com.termboard.web.errors;

import com.termboard.web.forms.FieldError;
import com.termboard.web.i18n.Texts;
import java.util.List;

/** A refusal the user can act on: its status, a one-line reason and, for invalid input, the fields. */
public class ApiError extends RuntimeException {

    public final int status;
    public final String title;
    public final List<FieldError> errors;

    public ApiError(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiError notFound(String detail) {
        return new ApiError(404, Texts.msg().error_not_found(), detail, List.of());
    }

    public static ApiError forbidden(String detail) {
        return new ApiError(403, Texts.msg().error_forbidden(), detail, List.of());
    }

    public static ApiError conflict(String detail) {
        return new ApiError(409, Texts.msg().error_conflict(), detail, List.of());
    }

    public static ApiError invalid(List<FieldError> errors) {
        return new ApiError(400, Texts.msg().error_invalid(), Texts.msg().detail_invalid_fields(), errors);
    }

    public static ApiError invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiError badRequest(String detail) {
        return new ApiError(400, Texts.msg().error_bad_request(), detail, List.of());
    }
}
