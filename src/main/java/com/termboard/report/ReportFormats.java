package com.termboard.report;

import com.termboard.scoring.PaceStatus;
import com.termboard.web.Display;
import com.termboard.web.Texts;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Display helpers of the scorecard and report pages as {@code {rep:signed(x, 2)}}, in the page's language: a namespace,
 * because report numbers are often null ("no data") and Qute never calls an extension method on a null base object.
 */
@TemplateExtension(namespace = "rep")
public final class ReportFormats {

    private ReportFormats() {
    }

    /** A measured value for display: at most two decimals, no trailing zeros, e.g. 39.1519… → 39.15. */
    public static String measure(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value == null ? null : value.setScale(2, RoundingMode.HALF_UP), Display.localeOf(locale));
    }

    /** The CSS class for a pace status badge. */
    public static String css(PaceStatus status) {
        return status == null ? "status-NONE" : "status-" + status.name();
    }

    /** A delta with its sign and the given decimals, e.g. +0.12; a dash for no data. */
    public static String signed(BigDecimal delta, int decimals, @TemplateAttribute Object locale) {
        Locale l = Display.localeOf(locale);
        if (delta == null) {
            return Display.plain(null, l);
        }
        BigDecimal rounded = delta.setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + Display.fixed(rounded, decimals, l);
    }

    /** A share delta in percentage points, e.g. +4.5 pp; a dash for no data. */
    public static String points(BigDecimal delta, @TemplateAttribute Object locale) {
        Locale l = Display.localeOf(locale);
        if (delta == null) {
            return Display.plain(null, l);
        }
        return Texts.of(ReportMessages.class, l).points(signed(delta.movePointRight(2), 1, l));
    }
}
