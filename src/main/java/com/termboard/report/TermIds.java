package com.termboard.report;

import com.termboard.read.ReadModel;
import com.termboard.read.ReportViews;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
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

    /** The comparison of {@code ?terms=} against {@code ?ref=}, else 400 naming the field. */
    static ReportViews.Comparison compare(ReadModel reads, String terms, String ref) {
        List<Long> ids = parse(terms);
        return reads.compare(ids, reference(ref, ids));
    }

    static List<Long> parse(String terms) {
        if (terms == null || terms.isBlank()) {
            throw ApiError.invalid("terms", Texts.of(ReportMessages.class).terms_choose(MIN, MAX));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : terms.split(",", -1)) {
            String id = part.strip();
            if (!id.matches("[0-9]{1,18}") || Long.parseLong(id) == 0) {
                throw ApiError.invalid("terms", Texts.of(ReportMessages.class).terms_not_an_id(abbreviate(id)));
            }
            if (!ids.add(Long.parseLong(id))) {
                throw ApiError.invalid("terms", Texts.of(ReportMessages.class).terms_twice(id));
            }
        }
        if (ids.size() < MIN || ids.size() > MAX) {
            throw ApiError.invalid("terms", Texts.of(ReportMessages.class).terms_count(MIN, MAX, ids.size()));
        }
        return new ArrayList<>(ids);
    }

    /**
     * Where the reference term of {@code ?ref=} is among {@code ids} (the compared terms, in their order): 0 for a
     * blank one, else 400 naming {@code ref} unless it is one of them.
     */
    static int reference(String ref, List<Long> ids) {
        if (ref == null || ref.isBlank()) {
            return 0;
        }
        String id = ref.strip();
        int at = id.matches("[0-9]{1,18}") ? ids.indexOf(Long.parseLong(id)) : -1;
        if (at < 0) {
            throw ApiError.invalid("ref", Texts.of(ReportMessages.class).ref_not_compared(abbreviate(id)));
        }
        return at;
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
