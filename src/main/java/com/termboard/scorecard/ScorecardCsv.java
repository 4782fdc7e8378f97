package com.termboard.scorecard;

import com.termboard.read.ScorecardView;
import com.termboard.report.Csv;
import com.termboard.web.i18n.Texts;

/**
 * The scorecard as CSV, one row per term, objective, KPI, objective-in-cycle and cycle: the page's numbers. The header
 * row is in the request's language (people open it in a spreadsheet); the cells are codes and unrounded numbers.
 */
public final class ScorecardCsv {

    private ScorecardCsv() {
    }

    public static Csv of(ScorecardView s) {
        Csv csv = Csv.withHeader(Texts.of(ScorecardMessages.class).csv_header());
        csv.row("term", s.term().id(), null, s.term().group() + " " + s.term().president(), null, null, null, null,
                null, s.term().status(), null, s.kpiScore(), s.coverage(), s.reviewScore(), null, null, null, null,
                null, s.composite(), s.continuity(), s.elapsed(), s.asOf());
        for (ScorecardView.ObjectiveRow o : s.objectives()) {
            csv.row("objective", o.id(), o.id(), o.title(), o.weight(), null, null, null, null, null, null,
                    o.kpiScore(), o.coverage(), null, null, null, null, null, null, null, null, null, s.asOf());
            for (ScorecardView.KpiRow k : o.kpis()) {
                csv.row("kpi", k.id(), o.id(), k.metric(), k.weight(), k.baseline(), k.target(), k.actual(),
                        k.attainment(), k.status(), k.entries(), null, null, null, null, null, null, null, null, null,
                        null, null, s.asOf());
            }
            for (ScorecardView.ObjectiveCycleRow c : o.cycles()) {
                csv.row("objective_cycle", c.cycle(), o.id(), cycleName(s, c.cycle()), null, null, null, null, null,
                        null, null, null, null, c.mean(), c.spread(), c.disagreement(), c.ratings(), null, null, null,
                        null, null, s.asOf());
            }
        }
        for (ScorecardView.CycleRow c : s.cycles()) {
            csv.row("cycle", c.id(), null, c.name(), null, null, null, null, null, c.isFinal() ? "FINAL" : null, null,
                    null, null, c.reviewScore(), null, null, null, c.assigned(), c.submitted(), null, null, null,
                    s.asOf());
        }
        return csv;
    }

    private static String cycleName(ScorecardView s, long cycleId) {
        return s.cycles().stream().filter(c -> c.id() == cycleId).map(ScorecardView.CycleRow::name).findFirst()
                .orElse("");
    }
}
