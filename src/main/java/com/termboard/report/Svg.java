package com.termboard.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Inline SVG charts drawn on the server from numbers: no chart JavaScript, printable, and every label escaped, so
 * templates may emit the result with {@code .raw}. Colours come from CSS classes (the CSP forbids inline styles).
 */
public final class Svg {

    /** One line of a chart: a name for the legend, a CSS class for its colour and one value per x (null: a gap). */
    public record Series(String name, String cssClass, List<BigDecimal> values) {
    }

    private static final int W = 640;
    private static final int H = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 48;
    private static final int TOP = 16;
    private static final int BOTTOM = 64;

    private Svg() {
    }

    /** A small trend line of a KPI's values, oldest first; an empty string when there is nothing to draw. */
    public static String sparkline(List<BigDecimal> values, String title) {
        if (values.isEmpty()) {
            return "";
        }
        int w = 120;
        int h = 28;
        BigDecimal min = values.stream().reduce(BigDecimal::min).orElseThrow();
        BigDecimal max = values.stream().reduce(BigDecimal::max).orElseThrow();
        StringBuilder points = new StringBuilder();
        String lastX = "";
        String lastY = "";
        for (int i = 0; i < values.size(); i++) {
            double x = values.size() == 1 ? w / 2.0 : 2 + i * (w - 4.0) / (values.size() - 1);
            lastX = num(x);
            lastY = num(scale(values.get(i), min, max, h - 3, 3));
            points.append(i == 0 ? "" : " ").append(lastX).append(',').append(lastY);
        }
        return "<svg class=\"sparkline\" role=\"img\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w
                + "\" height=\"" + h + "\"><title>" + escape(title) + "</title><polyline class=\"spark-line\" "
                + "fill=\"none\" points=\"" + points + "\"/><circle class=\"spark-dot\" cx=\"" + lastX
                + "\" cy=\"" + lastY + "\" r=\"2.5\"/></svg>";
    }

    /**
     * A line chart over labelled x positions with a y axis from 0 to {@code yMax}, gridlines at fifths, axis labels
     * and a legend.
     */
    public static String lineChart(String title, String xLabel, String yLabel, List<String> xs, BigDecimal yMax,
            List<Series> series) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" preserveAspectRatio=\"xMinYMin meet\"><title>").append(escape(title)).append("</title>");
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        for (int i = 0; i <= 5; i++) {
            BigDecimal tick = yMax.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
            double y = TOP + plotH - plotH * i / 5.0;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>")
                    .append("<text class=\"tick\" text-anchor=\"end\" x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(num(y + 4)).append("\">").append(tick.stripTrailingZeros().toPlainString())
                    .append("</text>");
        }
        for (int i = 0; i < xs.size(); i++) {
            svg.append("<text class=\"tick\" text-anchor=\"middle\" x=\"").append(num(x(i, xs.size(), plotW)))
                    .append("\" y=\"").append(TOP + plotH + 16).append("\">").append(escape(xs.get(i)))
                    .append("</text>");
        }
        svg.append("<text class=\"axis-label\" text-anchor=\"middle\" x=\"").append(LEFT + plotW / 2)
                .append("\" y=\"").append(TOP + plotH + 34).append("\">").append(escape(xLabel)).append("</text>")
                .append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"rotate(-90)\" x=\"")
                .append(-(TOP + plotH / 2)).append("\" y=\"12\">").append(escape(yLabel)).append("</text>");
        int legendX = LEFT;
        for (Series s : series) {
            appendSeries(svg, s, xs.size(), plotW, plotH, yMax);
            svg.append("<rect class=\"").append(escape(s.cssClass())).append(" legend-key\" x=\"").append(legendX)
                    .append("\" y=\"").append(H - 14).append("\" width=\"12\" height=\"4\"/>")
                    .append("<text class=\"tick\" x=\"").append(legendX + 16).append("\" y=\"").append(H - 9)
                    .append("\">").append(escape(s.name())).append("</text>");
            legendX += 24 + 7 * width(s.name());
        }
        return svg.append("</svg>").toString();
    }

    private static void appendSeries(StringBuilder svg, Series s, int count, int plotW, int plotH, BigDecimal yMax) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < count && i < s.values().size(); i++) {
            BigDecimal v = s.values().get(i);
            if (v == null) {
                continue;
            }
            double x = x(i, count, plotW);
            double y = scale(v.min(yMax).max(BigDecimal.ZERO), BigDecimal.ZERO, yMax, TOP + plotH, TOP);
            points.append(num(x)).append(',').append(num(y)).append(' ');
            svg.append("<circle class=\"").append(escape(s.cssClass())).append(" dot\" cx=\"").append(num(x))
                    .append("\" cy=\"").append(num(y)).append("\" r=\"3\"/>");
        }
        if (!points.isEmpty()) {
            svg.append("<polyline class=\"").append(escape(s.cssClass())).append(" line\" fill=\"none\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
        }
    }

    /** The width of a legend text in half-em units: a Chinese character takes about two Latin letters' room. */
    private static int width(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    private static double x(int i, int count, int plotW) {
        return count <= 1 ? LEFT + plotW / 2.0 : LEFT + 12 + i * (plotW - 24.0) / (count - 1);
    }

    /** Maps v in [min, max] onto [low, high] pixels (low is the bottom); a flat series sits in the middle. */
    private static double scale(BigDecimal v, BigDecimal min, BigDecimal max, double low, double high) {
        double span = max.subtract(min).doubleValue();
        double share = span == 0 ? 0.5 : v.subtract(min).doubleValue() / span;
        return low + (high - low) * share;
    }

    /** One decimal, as {@code String.format(Locale.ROOT, "%.1f", value)} writes it, without parsing a format. */
    static String num(double value) {
        String text = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return Math.copySign(1.0, value) < 0 && !text.startsWith("-") ? "-" + text : text;
    }

    /** XML escaping for text and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
