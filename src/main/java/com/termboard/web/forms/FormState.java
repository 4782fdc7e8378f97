package com.termboard.web.forms;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a user typed into a form and what was wrong with it, so a refused form comes back as it was sent. */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    /** The submitted values (first of each name) with the errors keyed by field. */
    public static FormState of(MultivaluedMap<String, String> form, List<FieldError> errors) {
        Map<String, String> values = new HashMap<>();
        form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        return new FormState(values, byField(errors));
    }

    public static FormState of(Map<String, String> values, List<FieldError> errors) {
        return new FormState(Map.copyOf(values), byField(errors));
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The submitted value, or {@code fallback} when the form was not submitted yet. */
    public String valueOr(String name, Object fallback) {
        return values.containsKey(name) ? values.get(name) : fallback == null ? "" : fallback.toString();
    }

    /** The messages of field {@code name}, with those naming one of its positions ({@code presidents[2]}). */
    public String error(String name) {
        String positions = errors.keySet().stream().filter(k -> k.startsWith(name + "[")).sorted()
                .map(errors::get).collect(Collectors.joining(" "));
        String own = errors.get(name);
        return positions.isEmpty() ? own : own == null ? positions : own + " " + positions;
    }

    public boolean hasError(String name) {
        return errors.containsKey(name) || errors.keySet().stream().anyMatch(k -> k.startsWith(name + "["));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> map = new HashMap<>();
        for (FieldError e : errors) {
            map.merge(e.field(), e.message(), (a, b) -> a + " " + b);
        }
        return map;
    }
}
