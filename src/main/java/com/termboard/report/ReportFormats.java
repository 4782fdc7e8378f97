package com.termboard.report;

import com.termboard.scoring.PaceStatus;
import com.termboard.web.Display;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Display helpers of the scorecard and report pages as {@code {rep:percent(x)}}: a namespace, because report numbers
 * are often null ("no data") and Qute never calls an extension method on a null base object.
 */
@TemplateExtension(namespace = "rep")
public final class ReportFormats {

    private ReportFormats() {
    }

    public static String percent(BigDecimal share) {
        return Display.percent(share);
    }

    public static String fixed(BigDecimal value, int decimals) {
        return Display.fixed(value, decimals);
    }

    public static String plain(BigDecimal value) {
        return Display.plain(value);
    }

    /** A measured value for display: at most two decimals, no trailing zeros, e.g. 39.1519… → 39.15. */
    public static String measure(BigDecimal value) {
        return value == null ? "—" : Display.plain(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** The text label of a pace status; colour is never the only signal. */
    public static String label(PaceStatus status) {
        return Display.pace(status);
    }

    /** The CSS class for a pace status badge. */
    public static String css(PaceStatus status) {
        return status == null ? "status-NONE" : "status-" + status.name();
    }

    /** A delta with its sign and the given decimals, e.g. +0.12; a dash for no data. */
    public static String signed(BigDecimal delta, int decimals) {
        if (delta == null) {
            return "—";
        }
        BigDecimal rounded = delta.setScale(decimals, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
    }

    /** A share delta in percentage points, e.g. +4.5 pp; a dash for no data. */
    public static String points(BigDecimal delta) {
        return delta == null ? "—" : signed(delta.movePointRight(2), 1) + " pp";
    }
}
