package com.termboard.report;

import com.termboard.read.MetricRow;
import com.termboard.read.ReportViews;
import com.termboard.read.TermSummary;
import com.termboard.web.i18n.Texts;
import java.util.List;

/**
 * The report pages' numbers as CSV: the same unrounded values the API returns. The header rows are in the request's
 * language (people open them in a spreadsheet); the cells are codes and unrounded numbers.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static Csv terms(List<TermSummary> terms) {
        Csv csv = Csv.withHeader(Texts.of(ReportMessages.class).csv_terms_header());
        terms.forEach(t -> csv.row(termCells(t)));
        return csv;
    }

    private static Object[] termCells(TermSummary t) {
        return new Object[] {t.id(), t.group(), t.label(), t.president(), t.startDate(), t.endDate(), t.status(),
            t.planStatus(), t.kpiScore(), t.coverage(), t.reviewScore(), t.composite(), t.continuity(),
            t.kpisOffTrack(), t.reviewsAssigned(), t.reviewsSubmitted(), t.reviewCompletion()};
    }

    /** One row per term and per (metric, term): the comparison or a group's history in long form. */
    /** Term and metric rows; with deltas, a first row "reference" names the term they are taken against. */
    static Csv withMetrics(List<TermSummary> terms, List<ReportViews.Delta> deltas, List<MetricRow> metrics,
            TermSummary reference) {
        Csv csv = Csv.withHeader(Texts.of(ReportMessages.class).csv_metrics_header());
        if (reference != null) {
            csv.row("reference", reference.id(), reference.group(), reference.label(), reference.president(), null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        for (int i = 0; i < terms.size(); i++) {
            TermSummary t = terms.get(i);
            ReportViews.Delta d = deltas == null ? null : deltas.get(i);
            csv.row("term", t.id(), t.group(), t.label(), t.president(), null, null, null, null, null, t.kpiScore(),
                    t.coverage(), t.reviewScore(), t.composite(), t.continuity(), d == null ? null : d.kpiScore(),
                    d == null ? null : d.reviewScore(), d == null ? null : d.composite(), null);
        }
        for (MetricRow m : metrics) {
            for (int i = 0; i < terms.size(); i++) {
                MetricRow.Cell c = m.cells().get(i);
                if (c != null) {
                    TermSummary t = terms.get(i);
                    csv.row("metric", t.id(), t.group(), t.label(), t.president(), m.metric(), c.kpi(), c.actual(),
                            c.attainment(), c.status(), null, null, null, null, null, null, null, null,
                            deltas == null ? null : c.delta());
                }
            }
        }
        return csv;
    }

    static Csv reviewers(ReportViews.ReviewerReport report) {
        Csv csv = Csv.withHeader(Texts.of(ReportMessages.class).csv_reviewers_header());
        for (ReportViews.CycleCompletion c : report.cycles()) {
            csv.row("cycle", c.id(), c.term(), c.group(), c.termLabel(), c.name(), c.isFinal(), c.opensOn(),
                    c.closesOn(), c.assigned(), c.submitted(), c.completion(), null, null, null);
        }
        for (ReportViews.ReviewerLeniency r : report.reviewers()) {
            csv.row("reviewer", null, null, null, null, null, null, null, null, null, null, null, r.reviewer(),
                    r.ratings(), r.leniency());
        }
        return csv;
    }
}
