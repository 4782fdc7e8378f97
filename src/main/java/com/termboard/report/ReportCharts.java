package com.termboard.report;

import com.termboard.read.TermSummary;
import com.termboard.web.i18n.Texts;
import java.math.BigDecimal;
import java.util.List;

/** The charts of the report pages, drawn by {@link Svg} from the engine's numbers on one 0–150 scale. */
final class ReportCharts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private ReportCharts() {
    }

    /**
     * KPI score and composite as percent; the review score placed on the same scale as its share of the 1–5 range,
     * ((score − 1) / 4) × 100, purely for drawing: the table beside the chart gives the score itself.
     */
    static String trend(String title, List<TermSummary> terms) {
        List<String> xs = terms.stream().map(t -> t.group() + " " + t.label()).toList();
        List<BigDecimal> kpi = terms.stream().map(t -> t.kpiScore() == null ? null : t.kpiScore().multiply(HUNDRED))
                .toList();
        List<BigDecimal> review = terms.stream().map(t -> t.reviewScore() == null ? null
                : t.reviewScore().subtract(BigDecimal.ONE).multiply(HUNDRED).divide(FOUR)).toList();
        List<BigDecimal> composite = terms.stream().map(TermSummary::composite).toList();
        ReportMessages text = Texts.of(ReportMessages.class);
        return Svg.lineChart(title, text.chart_x_term(), text.chart_y_score(), xs, BigDecimal.valueOf(150), List.of(
                new Svg.Series(text.series_kpi(), "series-kpi", kpi),
                new Svg.Series(text.series_review(), "series-review", review),
                new Svg.Series(text.series_composite(), "series-composite", composite)));
    }
}
