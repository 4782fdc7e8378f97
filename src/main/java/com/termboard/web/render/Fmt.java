package com.termboard.web.render;

import com.termboard.web.i18n.Labelled;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Every format of the templates, in the page's language, as {@code {fmt:percent(x)}}: a namespace, because numbers
 * are often null ("no data", shown as a dash) and Qute never calls an extension method on a null base object.
 * Numbers are rounded here only, never in computation.
 */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    private Fmt() {
    }

    /** A share as a percentage with one decimal, e.g. 0.9123 → 91.2%. */
    public static String percent(BigDecimal share, @TemplateAttribute Object locale) {
        return Display.percent(share, Display.localeOf(locale));
    }

    /** A number with the given decimals. */
    public static String fixed(BigDecimal value, int decimals, @TemplateAttribute Object locale) {
        return Display.fixed(value, decimals, Display.localeOf(locale));
    }

    /** An entered value without trailing zeros and at most four decimals, e.g. 1150.000000 → 1150. */
    public static String plain(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value, Display.localeOf(locale));
    }

    /** A measured value of a report: at most two decimals, no trailing zeros, e.g. 39.1519… → 39.15. */
    public static String measure(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value == null ? null : value.setScale(2, RoundingMode.HALF_UP), Display.localeOf(locale));
    }

    /** A delta with its sign and the given decimals, e.g. +0.12. */
    public static String signed(BigDecimal delta, int decimals, @TemplateAttribute Object locale) {
        Locale l = Display.localeOf(locale);
        if (delta == null) {
            return Display.plain(null, l);
        }
        BigDecimal rounded = delta.setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + Display.fixed(rounded, decimals, l);
    }

    /** A delta of shares in percentage points, e.g. +4.5 pp. */
    public static String points(BigDecimal delta, @TemplateAttribute Object locale) {
        Locale l = Display.localeOf(locale);
        if (delta == null) {
            return Display.plain(null, l);
        }
        return Texts.of(Messages.class, l).points(signed(delta.movePointRight(2), 1, l));
    }

    /** A date as the page's language writes it: 2026-11-25 in English, 2026年11月25日 in Chinese. */
    public static String date(LocalDate date, @TemplateAttribute Object locale) {
        return Display.date(date, Display.localeOf(locale));
    }

    /** A moment in the configured time zone, e.g. 2026-11-25 18:04 (UTC+08:00). */
    public static String time(Instant instant, @TemplateAttribute Object locale) {
        return Display.time(instant, Display.localeOf(locale));
    }

    /** The words beside a pace colour, so that a status never depends on colour alone; "No data" for none. */
    public static String pace(Labelled status, @TemplateAttribute Object locale) {
        return Display.pace(status, Display.localeOf(locale));
    }

    /** The CSS class of a status badge, e.g. status-ON_TRACK; status-NONE for none. */
    public static String css(Enum<?> status) {
        return status == null ? "status-NONE" : "status-" + status.name();
    }
}
