package com.termboard.report;

import java.util.List;

/** The report pages' numbers as CSV: the same unrounded values the API returns. */
final class ReportCsv {

    private static final String[] TERM_COLUMNS = {"term_id", "group", "label", "president", "start_date",
        "end_date", "status", "plan_status", "kpi_score", "coverage", "review_score", "composite", "continuity",
        "kpis_off_track", "reviews_assigned", "reviews_submitted", "review_completion"};

    private ReportCsv() {
    }

    static Csv terms(List<TermSummary> terms) {
        Csv csv = new Csv(TERM_COLUMNS);
        terms.forEach(t -> csv.row(termCells(t)));
        return csv;
    }

    private static Object[] termCells(TermSummary t) {
        return new Object[] {t.id(), t.group(), t.label(), t.president(), t.startDate(), t.endDate(), t.status(),
            t.planStatus(), t.kpiScore(), t.coverage(), t.reviewScore(), t.composite(), t.continuity(),
            t.kpisOffTrack(), t.reviewsAssigned(), t.reviewsSubmitted(), t.reviewCompletion()};
    }

    /** One row per term and per (metric, term): the comparison or a group's history in long form. */
    static Csv withMetrics(List<TermSummary> terms, List<ReportViews.Delta> deltas, List<MetricRow> metrics) {
        Csv csv = new Csv("row", "term_id", "group", "label", "president", "metric", "kpi_id", "actual",
                "attainment", "status", "kpi_score", "coverage", "review_score", "composite", "continuity",
                "delta_kpi_score", "delta_review_score", "delta_composite", "delta_attainment");
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
        Csv csv = new Csv("row", "cycle_id", "term_id", "group", "label", "cycle", "final", "opens_on", "closes_on",
                "assigned", "submitted", "completion", "reviewer", "ratings", "leniency");
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
