package com.termboard.report;

import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.FieldError;
import com.termboard.web.forms.FormState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison's picker on the reports page as it was sent: the terms ticked, the reference term chosen and,
 * after a refused comparison, why, beside the field it is about ({@code terms} or {@code ref}).
 */
public record ComparePick(Set<Long> chosen, String ref, String field, String error) {

    public static final ComparePick EMPTY = new ComparePick(Set.of(), "", null, null);

    /** The picker again after {@code refusal} of {@code ?terms=…&ref=…}, with what was sent. */
    static ComparePick refused(List<String> terms, String ref, ApiError refusal) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (String value : terms) {
            for (String part : value.split(",", -1)) {
                if (part.strip().matches("[0-9]{1,18}")) {
                    chosen.add(Long.parseLong(part.strip()));
                }
            }
        }
        FieldError first = refusal.errors.isEmpty() ? new FieldError("terms", refusal.getMessage())
                : refusal.errors.get(0);
        return new ComparePick(chosen, ref == null ? "" : ref.strip(), first.field(), first.message());
    }

    public boolean isChosen(long id) {
        return chosen.contains(id);
    }

    public boolean isRef(long id) {
        return ref.equals(Long.toString(id));
    }

    public boolean hasError(String name) {
        return error != null && name.equals(field);
    }

    /** The reference field as sent, with its message after a refusal of it (for tags/field). */
    public FormState form() {
        return FormState.of(Map.of("ref", ref), hasError("ref") ? List.of(new FieldError("ref", error)) : List.of());
    }
}
