package com.termboard.web;

import com.termboard.scoring.PaceStatus;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Display formatting for templates in the page's language; numbers are rounded here only, never in computation.
 * {@code {x.percent}} skips a null x (Qute never calls an extension on null), so templates that may show "no data"
 * use the null-safe twins in {@link Fmt} ({@code {fmt:percent(x)}}).
 */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    /** A share as a percentage with one decimal, e.g. 0.9123 → 91.2%; a dash for no data. */
    public static String percent(BigDecimal share, @TemplateAttribute Object locale) {
        return Display.percent(share, Display.localeOf(locale));
    }

    /** A number with the given decimals; a dash for no data. */
    public static String fixed(BigDecimal value, int decimals, @TemplateAttribute Object locale) {
        return Display.fixed(value, decimals, Display.localeOf(locale));
    }

    /** A measured value without trailing zeros, e.g. 1150.000000 → 1150; a dash for no data. */
    public static String plain(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value, Display.localeOf(locale));
    }

    /** The words shown beside a pace colour, so that status never depends on colour alone. */
    public static String paceLabel(PaceStatus status, @TemplateAttribute Object locale) {
        return Display.pace(status, Display.localeOf(locale));
    }

    /** A date as the page's language writes it: 2026-11-25 in English, 2026年11月25日 in Chinese. */
    public static String iso(LocalDate date, @TemplateAttribute Object locale) {
        return Display.date(date, Display.localeOf(locale));
    }
}
