package com.termboard.read;

import com.termboard.scoring.CycleInput;
import com.termboard.scoring.PaceStatus;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.term.PlanStatus;
import com.termboard.term.TermStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/**
 * One term in a report row: who and when, its headline scores as the engine computed them, KPIs off track, and
 * review completion over the cycles that have opened by today (submitted / assigned; null when none is assigned).
 */
public record TermSummary(long id, String group, int sequence, String label, String president,
        String presidentName, LocalDate startDate, LocalDate endDate, TermStatus status, PlanStatus planStatus,
        long daysLeft, BigDecimal elapsed, BigDecimal kpiScore, BigDecimal coverage, BigDecimal reviewScore,
        BigDecimal composite, BigDecimal continuity, int kpisOffTrack, int reviewsAssigned, int reviewsSubmitted,
        BigDecimal reviewCompletion, List<ObjectiveSummary> objectives) {

    /** An objective's headline numbers, for side-by-side comparison. */
    public record ObjectiveSummary(long id, String title, int weight, BigDecimal kpiScore, BigDecimal coverage) {
    }

    public static TermSummary of(TermHeader h, TermInput input, TermScore score, LocalDate today) {
        int offTrack = (int) score.objectives().stream().flatMap(o -> o.kpis().stream())
                .filter(k -> k.status() == PaceStatus.OFF_TRACK).count();
        List<CycleInput> opened = input.cycles().stream().filter(c -> !today.isBefore(c.opensOn())).toList();
        int assigned = opened.stream().mapToInt(CycleInput::assigned).sum();
        int submitted = opened.stream().mapToInt(CycleInput::submitted).sum();
        BigDecimal completion = assigned == 0 ? null
                : BigDecimal.valueOf(submitted).divide(BigDecimal.valueOf(assigned), MathContext.DECIMAL64);
        List<ObjectiveSummary> objectives = new java.util.ArrayList<>();
        for (int i = 0; i < input.objectives().size(); i++) {
            var o = input.objectives().get(i);
            var s = score.objectives().get(i);
            objectives.add(new ObjectiveSummary(o.id(), o.title(), o.weight(), s.kpiScore(), s.coverage()));
        }
        return new TermSummary(h.id(), h.group(), h.sequence(), h.label(), h.president(), h.presidentName(),
                h.startDate(), h.endDate(), h.status(today), h.planStatus(), h.daysLeft(today), score.elapsed(),
                score.kpiScore(), score.coverage(), score.reviewScore(), score.composite(), score.continuity(),
                offTrack, assigned, submitted, completion, objectives);
    }

    /** e.g. "DPBG 2025 H1 · Lin Qiao". */
    public String title() {
        return group + " " + label + " · " + presidentName;
    }
}
