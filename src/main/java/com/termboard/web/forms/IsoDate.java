package com.termboard.web.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Dates as users and clients write them: {@code yyyy-MM-dd} exactly (SPEC.md), a real day of a four-digit year. */
public final class IsoDate {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDate() {
    }

    /** The date, or null when {@code text} is not one (2025-02-30, 2025-1-1, +99999-01-01, 2025-02-01T00:00). */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE); // strict: no 30 February
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
