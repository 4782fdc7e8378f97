package com.termboard.web;

import com.termboard.scoring.PaceStatus;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The null-safe formats ({@code {fmt:percent(x)}}): "no data" prints as a dash in the page's language. */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    private Fmt() {
    }

    public static String percent(BigDecimal share, @TemplateAttribute Object locale) {
        return Display.percent(share, Display.localeOf(locale));
    }

    public static String fixed(BigDecimal value, int decimals, @TemplateAttribute Object locale) {
        return Display.fixed(value, decimals, Display.localeOf(locale));
    }

    public static String plain(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value, Display.localeOf(locale));
    }

    public static String date(LocalDate date, @TemplateAttribute Object locale) {
        return Display.date(date, Display.localeOf(locale));
    }

    /** A moment in the configured time zone, e.g. 2026-11-25 18:04 (UTC+08:00). */
    public static String time(Instant instant, @TemplateAttribute Object locale) {
        return Display.time(instant, Display.localeOf(locale));
    }

    public static String pace(PaceStatus status, @TemplateAttribute Object locale) {
        return Display.pace(status, Display.localeOf(locale));
    }
}
