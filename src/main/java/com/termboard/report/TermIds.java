package com.termboard.report;

import com.termboard.web.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Parses {@code ?terms=1,2,…} of the comparison: two to six distinct positive ids, else 400 naming the field. */
final class TermIds {

    static final int MIN = 2;
    static final int MAX = 6;

    private TermIds() {
    }

    static List<Long> parse(String terms) {
        if (terms == null || terms.isBlank()) {
            throw ApiError.invalid("terms", "Choose " + MIN + " to " + MAX + " terms, e.g. terms=1,2.");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : terms.split(",", -1)) {
            String id = part.strip();
            if (!id.matches("[0-9]{1,18}") || Long.parseLong(id) == 0) {
                throw ApiError.invalid("terms", "“" + abbreviate(id) + "” is not a term id.");
            }
            if (!ids.add(Long.parseLong(id))) {
                throw ApiError.invalid("terms", "Term " + id + " is named twice.");
            }
        }
        if (ids.size() < MIN || ids.size() > MAX) {
            throw ApiError.invalid("terms", "Choose " + MIN + " to " + MAX + " terms; " + ids.size() + " given.");
        }
        return new ArrayList<>(ids);
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
