package com.termboard.web.forms;

import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads typed values out of a submitted form, collecting a message per field that does not parse. */
public final class FormReader {

    private final MultivaluedMap<String, String> form;
    private final List<FieldError> errors = new ArrayList<>();

    public FormReader(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    /** The trimmed text, or null when empty. */
    public String text(String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public List<String> all(String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, Texts.msg().whole_number()));
            return null;
        }
    }

    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, Texts.msg().choose_from_list()));
            return null;
        }
    }

    public BigDecimal decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, Texts.msg().decimal_number()));
            return null;
        }
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        LocalDate date = IsoDate.parse(value);
        if (date == null) {
            errors.add(new FieldError(name, Texts.msg().iso_date()));
        }
        return date;
    }

    public boolean checked(String name) {
        String value = form.getFirst(name);
        return value != null && (value.equals("on") || value.equals("true"));
    }

    /** Throws a 400 with every parse error, if there was one. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ApiError.invalid(errors);
        }
    }

    public MultivaluedMap<String, String> raw() {
        return form;
    }
}
