package com.termboard.web;

import com.termboard.scoring.PaceStatus;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Display formatting for templates; numbers are rounded here only, never in computation. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    /** A share as a percentage with one decimal, e.g. 0.9123 → 91.2%; a dash for no data. */
    public static String percent(BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A number with the given decimals; a dash for no data. */
    public static String fixed(BigDecimal value, int decimals) {
        return value == null ? "—" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A measured value without trailing zeros, e.g. 1150.000000 → 1150; a dash for no data. */
    public static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /** The words shown beside a pace colour, so that status never depends on colour alone. */
    public static String paceLabel(PaceStatus status) {
        if (status == null) {
            return "No data";
        }
        return switch (status) {
            case ON_TRACK -> "On track";
            case AT_RISK -> "At risk";
            case OFF_TRACK -> "Off track";
        };
    }

    public static String iso(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }
}
