package com.termboard.report;

import com.termboard.scorecard.ScorecardMessages;
import com.termboard.scoring.PaceStatus;
import com.termboard.term.PlanStatus;
import com.termboard.term.TermStatus;
import com.termboard.web.Display;
import com.termboard.web.Locales;
import com.termboard.web.Texts;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Display helpers of the scorecard and report pages as {@code {rep:percent(x)}}, in the page's language: a namespace,
 * because report numbers are often null ("no data") and Qute never calls an extension method on a null base object.
 */
@TemplateExtension(namespace = "rep")
public final class ReportFormats {

    private ReportFormats() {
    }

    public static String percent(BigDecimal share, @TemplateAttribute Object locale) {
        return Display.percent(share, localeOf(locale));
    }

    public static String fixed(BigDecimal value, int decimals, @TemplateAttribute Object locale) {
        return Display.fixed(value, decimals, localeOf(locale));
    }

    public static String plain(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value, localeOf(locale));
    }

    /** A measured value for display: at most two decimals, no trailing zeros, e.g. 39.1519… → 39.15. */
    public static String measure(BigDecimal value, @TemplateAttribute Object locale) {
        return Display.plain(value == null ? null : value.setScale(2, RoundingMode.HALF_UP), localeOf(locale));
    }

    /** The text label of a pace status; colour is never the only signal. */
    public static String label(PaceStatus status, @TemplateAttribute Object locale) {
        return Display.pace(status, localeOf(locale));
    }

    /** The CSS class for a pace status badge. */
    public static String css(PaceStatus status) {
        return status == null ? "status-NONE" : "status-" + status.name();
    }

    /** The word for a term's status; a dash for none. */
    public static String termStatus(TermStatus status, @TemplateAttribute Object locale) {
        Locale l = localeOf(locale);
        if (status == null) {
            return Display.plain(null, l);
        }
        ScorecardMessages text = Texts.of(ScorecardMessages.class, l);
        return switch (status) {
            case PLANNED -> text.term_planned();
            case ACTIVE -> text.term_active();
            case ENDED -> text.term_ended();
            case CLOSED -> text.term_closed();
        };
    }

    /** The word for where a plan is in its workflow; a dash for none. */
    public static String planStatus(PlanStatus status, @TemplateAttribute Object locale) {
        Locale l = localeOf(locale);
        if (status == null) {
            return Display.plain(null, l);
        }
        ScorecardMessages text = Texts.of(ScorecardMessages.class, l);
        return switch (status) {
            case DRAFT -> text.plan_draft();
            case SUBMITTED -> text.plan_submitted();
            case APPROVED -> text.plan_approved();
        };
    }

    /** A delta with its sign and the given decimals, e.g. +0.12; a dash for no data. */
    public static String signed(BigDecimal delta, int decimals, @TemplateAttribute Object locale) {
        Locale l = localeOf(locale);
        if (delta == null) {
            return Display.plain(null, l);
        }
        BigDecimal rounded = delta.setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + Display.fixed(rounded, decimals, l);
    }

    /** The page's locale from the template's locale attribute (a Locale or a tag), else the request's. */
    private static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale given) {
            return given;
        }
        if (attribute instanceof String tag) {
            Locale supported = Locales.supported(tag);
            return supported == null ? Locales.DEFAULT : supported;
        }
        return Texts.current();
    }

    /** A share delta in percentage points, e.g. +4.5 pp; a dash for no data. */
    public static String points(BigDecimal delta, @TemplateAttribute Object locale) {
        Locale l = localeOf(locale);
        if (delta == null) {
            return Display.plain(null, l);
        }
        return Texts.of(ReportMessages.class, l).points(signed(delta.movePointRight(2), 1, l));
    }
}
