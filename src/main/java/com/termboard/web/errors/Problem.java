package com.termboard.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.termboard.web.forms.FieldError;
import java.util.List;

/** An RFC 9457 problem document, with field errors for validation failures. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
