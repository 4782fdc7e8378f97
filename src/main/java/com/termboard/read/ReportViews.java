package com.termboard.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the executive reports (the API twins of the report pages). */
public final class ReportViews {

    private ReportViews() {
    }

    /** Two to six terms side by side; deltas are each term's numbers minus the first term's. */
    /** Terms side by side; {@code reference} is the id of the term the deltas are taken against. */
    public record Comparison(List<TermSummary> terms, List<Delta> deltas, List<MetricRow> metrics, long reference) {

        /** The term the deltas are taken against. */
        public TermSummary referenceTerm() {
            return terms.stream().filter(t -> t.id() == reference).findFirst().orElseThrow();
        }
    }

    public record Delta(long term, BigDecimal kpiScore, BigDecimal coverage, BigDecimal reviewScore,
            BigDecimal composite) {
    }

    public record GroupRef(String code, String name) {
    }

    /** A group's terms, oldest first, and each metric's attainment across them. */
    /** A group's terms, metric attainment across them, and each metric's value across every handover date. */
    public record GroupHistory(GroupRef group, List<TermSummary> terms, List<MetricRow> metrics,
            List<com.termboard.read.HandoverValues.Value> handovers) {
    }

    public record PresidentRef(String username, String displayName) {
    }

    public record PresidentHistory(PresidentRef president, List<TermSummary> terms) {
    }

    /** Completion of one review cycle: submitted / assigned reviews (null when nobody is assigned). */
    public record CycleCompletion(long id, long term, String group, String termLabel, String name,
            boolean isFinal, LocalDate opensOn, LocalDate closesOn, int assigned, int submitted,
            BigDecimal completion) {
    }

    /** A reviewer's leniency over their comparable ratings (see scoring/Leniency). */
    public record ReviewerLeniency(String reviewer, String displayName, int ratings, BigDecimal leniency) {
    }

    public record ReviewerReport(List<CycleCompletion> cycles, List<ReviewerLeniency> reviewers) {
    }
}
