package com.termboard.web.forms;

import java.util.List;
import java.util.Map;

/**
 * A refused form as the page shows it again after the redirect: which of the page's forms ({@code key}), the
 * status of the refusal (422 invalid input, 409 conflict), its one-line message, what was typed (every value of
 * each name) and the field messages in the order they were found.
 */
public record Kept(String key, int status, String message, Map<String, List<String>> values,
        List<FieldError> problems) {

    /** Nothing refused: the page as it is. */
    public static final Kept NONE = new Kept(null, 200, null, Map.of(), List.of());

    public boolean refused() {
        return key != null;
    }

    /** The typed values (first of each name) with the messages by field. */
    public FormState form() {
        Map<String, String> first = new java.util.HashMap<>();
        values.forEach((k, v) -> first.put(k, v.isEmpty() ? "" : v.get(0)));
        return FormState.of(first, problems);
    }

    /** Every value sent under {@code name} (a multiple choice). */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The message for the whole form when no field has one (a conflict), else null. */
    public String conflict() {
        return problems.isEmpty() ? message : null;
    }
}
