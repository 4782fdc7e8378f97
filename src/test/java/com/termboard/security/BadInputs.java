package com.termboard.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Invalid values for every kind of field, and the cases built from them: one bad field per request. */
final class BadInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String LONG = "x".repeat(30_000);
    /** Required texts: empty, blank, missing, too long, NUL, a lone surrogate, the wrong JSON type. */
    static final List<String> TEXT = List.of("\"\"", "\"   \"", "null", json(LONG), "\"a\\u0000b\"", "\"a\\ud800b\"",
            "[]", "{}");
    /** Optional texts: too long, control characters, a lone surrogate, the wrong JSON type. */
    static final List<String> OPTIONAL_TEXT = List.of(json(LONG), "\"a\\u0000b\"", "\"bell\\u0007\"", "\"\\udc00\"",
            "{}");
    /** Integer percentages 1..100. */
    static final List<String> PERCENT = List.of("0", "-1", "101", "1.5", "\"abc\"", "NaN", "Infinity", "-Infinity",
            "1e400", "99999999999999999999999", "true", "[]", "null");
    static final List<String> DECIMAL = List.of("NaN", "\"NaN\"", "Infinity", "\"Infinity\"", "\"-Infinity\"",
            "1e400", "-1e400", "1e-400", "\"abc\"", "99999999999999999999999999999999999999", "0.0000001", "true", "[]");
    static final List<String> DATE = List.of("\"2025-02-30\"", "\"abc\"", "\"2025-13-01\"", "\"\"", "12345",
            "\"+99999-01-01\"", "\"2025-1-1\"", "\"2025-02-01T00:00\"", "[]");
    static final List<String> ID = List.of("999999999999999999999", "-1", "\"abc\"", "0", "1.5", "NaN", "{}");
    static final List<String> ENUM = List.of("\"SIDEWAYS\"", "\"\"", "\"<script>\"", "1", "[]");
    static final List<String> FORM_TEXT = List.of("", "   ", LONG, "a\u0000b", "be\u0007ll");
    static final List<String> FORM_NUMBER = List.of("abc", "NaN", "Infinity", "-Infinity", "1e400",
            "99999999999999999999999999999999999999", "0x10", "1..2", "--1");
    static final List<String> FORM_DATE = List.of("2025-02-30", "abc", "2025-13-01", "99999-01-01", "2025-1-1");

    /** {@code base} and then {@code more}: a field's usual bad values with its own. */
    static List<String> plus(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * One request with one bad value; {@code expected} holds the acceptable statuses; {@code field}, when set, must
     * be named in the answer's {@code errors} list.
     */
    record Case(String label, Supplier<Response> send, boolean page, Set<Integer> expected, String field) {
    }

    /** A whole number beyond every Java integer type or beyond int: the answer names its field. */
    static boolean overflows(String raw) {
        return raw.matches("-?\\d{10,}");
    }

    final List<Case> cases = new ArrayList<>();

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code base} as JSON with {@code field} replaced by the raw JSON text {@code raw}. */
    static String body(Map<String, ?> base, String field, String raw) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(field, "@@RAW@@");
        return json(copy).replace("\"@@RAW@@\"", raw);
    }

    void api(String verb, String label, Supplier<String> path, Map<String, ?> base, String field, List<String> raws,
            java.util.function.BiFunction<String, String, Response> send) {
        for (String raw : raws) {
            cases.add(new Case(verb + " " + label + " " + field + "=" + shorten(raw),
                    () -> send.apply(path.get(), body(base, field, raw)), false, Set.of(400),
                    overflows(raw) ? field : null));
        }
    }

    void raw(String label, Supplier<Response> send, Set<Integer> expected) {
        cases.add(new Case(label, send, false, expected, null));
    }

    void page(String label, Supplier<Response> send) {
        cases.add(new Case(label, send, true, Set.of(422), null));
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }
}
