package com.termboard.web.forms;

import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors of one request and refuses it with all of them at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** A required text of at most {@code max} characters, not blank. */
    public Validation text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, Texts.msg().required()));
        } else {
            optionalText(value, field, max);
        }
        return this;
    }

    public Validation optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, Texts.msg().at_most_chars(max)));
        } else if (value != null && hasControlCharacters(value)) {
            errors.add(new FieldError(field, Texts.msg().bad_characters()));
        }
        return this;
    }

    public Validation matches(String value, Pattern pattern, String field, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation range(Integer value, int min, int max, String field) {
        if (value == null) {
            errors.add(new FieldError(field, Texts.msg().required()));
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, Texts.msg().between(min, max)));
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a 400 with every collected error, if there is one. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ApiError.invalid(errors);
        }
    }

    /** True when {@code value} has no control characters and no lone surrogate (which UTF-8 cannot store). */
    public static boolean isClean(String value) {
        return value == null || !hasControlCharacters(value);
    }

    private static boolean hasControlCharacters(String value) {
        // codePoints() yields an unpaired surrogate as itself; the JDBC driver would store it as '?'.
        return value.codePoints().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    }
}
