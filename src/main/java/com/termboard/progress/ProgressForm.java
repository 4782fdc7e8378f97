package com.termboard.progress;

import com.termboard.plan.Kpi;
import com.termboard.web.forms.FieldError;
import com.termboard.web.i18n.Texts;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the progress form: one group of fields per KPI ({@code value-12}, {@code asOf-12}, …); empty rows are skipped. */
final class ProgressForm {

    private ProgressForm() {
    }

    /**
     * A draft per KPI row with a value; unreadable fields go to {@code errors}, and the entries being corrected to
     * {@code correcting} (KPI id → entry id) so that a refused form shows them again.
     */
    static List<ProgressService.Draft> drafts(List<Kpi> kpis, MultivaluedMap<String, String> form,
            List<FieldError> errors, Map<Long, Long> correcting) {
        List<ProgressService.Draft> drafts = new ArrayList<>();
        ProgressMessages t = Texts.of(ProgressMessages.class);
        for (Kpi k : kpis) {
            String suffix = "-" + k.id;
            Long supersedes = number(form.getFirst("supersedes" + suffix), "supersedes" + suffix, errors);
            if (supersedes != null) {
                correcting.put(k.id, supersedes);
            }
            String value = trim(form.getFirst("value" + suffix));
            if (value.isEmpty()) {
                continue;
            }
            int before = errors.size();
            BigDecimal parsed = null;
            try {
                parsed = new BigDecimal(value);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("value" + suffix, t.not_a_number_form()));
            }
            LocalDate asOf = null;
            String date = trim(form.getFirst("asOf" + suffix));
            if (date.isEmpty()) {
                errors.add(new FieldError("asOf" + suffix, Texts.msg().required()));
            } else {
                try {
                    asOf = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("asOf" + suffix, t.not_a_date()));
                }
            }
            Long confidence = number(form.getFirst("confidence" + suffix), "confidence" + suffix, errors);
            if (confidence != null && (confidence < 1 || confidence > 5)) {
                errors.add(new FieldError("confidence" + suffix, Texts.msg().between(1, 5)));
            }
            if (errors.size() == before) {
                drafts.add(new ProgressService.Draft(k.id, new NewProgress(asOf, parsed, form.getFirst("comment" + suffix),
                        confidence == null ? null : confidence.intValue(), supersedes), f -> f + suffix));
            }
        }
        return drafts;
    }

    private static Long number(String text, String field, List<FieldError> errors) {
        String t = trim(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, Texts.of(ProgressMessages.class).not_a_whole_number()));
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
