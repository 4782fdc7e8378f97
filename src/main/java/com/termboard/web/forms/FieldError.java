package com.termboard.web.forms;


/** A message about one input field, shown beside it on a page and listed in a problem+json. */
public record FieldError(String field, String message) {
}
