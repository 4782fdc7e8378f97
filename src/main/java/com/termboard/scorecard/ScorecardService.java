package com.termboard.scorecard;

import com.termboard.scoring.CycleInput;
import com.termboard.scoring.CycleScore;
import com.termboard.scoring.KpiInput;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveCycleScore;
import com.termboard.scoring.ObjectiveInput;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.scoring.ProgressPoint;
import com.termboard.scoring.Scoring;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.system.Today;
import com.termboard.web.ApiError;
import com.termboard.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a term's scores, its inputs and its header together into the scorecard; access is the caller's job. */
@ApplicationScoped
public class ScorecardService {

    @Inject
    Scorecards scorecards;

    @Inject
    TermHeaders headers;

    @Inject
    Today today;

    /** The {@code asOf} query parameter: today when absent, 400 when not an ISO date. */
    public LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return today.date();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("asOf", Texts.of(ScorecardMessages.class).as_of_invalid());
        }
    }

    /** The scorecard of a term that exists (404 otherwise). */
    public Scorecard scorecard(long termId, LocalDate asOf) {
        TermHeader header = headers.byIds(List.of(termId)).get(termId);
        TermScores.Scored scored = header == null ? null : scorecards.full(termId, asOf).orElse(null);
        if (scored == null) {
            throw ApiError.notFound(Texts.of(ScorecardMessages.class).no_term(termId));
        }
        return of(header, scored.input(), scored.score(), today.date());
    }

    /** Builds the scorecard from what a report has already read. */
    public static Scorecard of(TermHeader header, TermInput input, TermScore score, LocalDate today) {
        List<ScorecardView.ObjectiveRow> objectives = new ArrayList<>();
        Map<Long, List<ProgressPoint>> entries = new LinkedHashMap<>();
        for (int i = 0; i < input.objectives().size(); i++) {
            ObjectiveInput o = input.objectives().get(i);
            ObjectiveScore s = score.objectives().get(i);
            List<ScorecardView.KpiRow> kpis = new ArrayList<>();
            for (int j = 0; j < o.kpis().size(); j++) {
                KpiInput k = o.kpis().get(j);
                KpiScore ks = s.kpis().get(j);
                kpis.add(new ScorecardView.KpiRow(k.id(), k.metric(), ks.baseline(), ks.target(), ks.weight(),
                        ks.actual(), ks.attainment(), ks.status(), ks.entries()));
                entries.put(k.id(), Scoring.effectiveEntries(k, score.referenceDate()).stream()
                        .sorted(Comparator.comparing(ProgressPoint::asOf).thenComparing(ProgressPoint::enteredAt))
                        .toList());
            }
            List<ScorecardView.ObjectiveCycleRow> cycles = s.cycles().stream().map(ScorecardService::row).toList();
            objectives.add(new ScorecardView.ObjectiveRow(o.id(), o.title(), o.weight(), s.kpiScore(), s.coverage(),
                    kpis, cycles));
        }
        List<ScorecardView.CycleRow> cycles = new ArrayList<>();
        for (int i = 0; i < input.cycles().size(); i++) {
            CycleInput c = input.cycles().get(i);
            CycleScore cs = score.cycles().get(i);
            cycles.add(new ScorecardView.CycleRow(c.id(), c.name(), c.isFinal(), c.opensOn(), c.closesOn(),
                    cs.reviewScore(), cs.assigned(), cs.submitted()));
        }
        ScorecardView.TermRef term = new ScorecardView.TermRef(header.id(), header.group(), header.president(),
                header.startDate(), header.endDate(), header.status(today), header.planStatus());
        ScorecardView view = new ScorecardView(term, score.referenceDate(), score.elapsed(), score.kpiScore(),
                score.coverage(), score.reviewScore(), score.composite(), score.continuity(), objectives, cycles);
        return new Scorecard(view, header, score.reviewCycleId(), entries);
    }

    private static ScorecardView.ObjectiveCycleRow row(ObjectiveCycleScore c) {
        return new ScorecardView.ObjectiveCycleRow(c.cycleId(), c.mean(), c.spread(), c.disagreement(), c.ratings());
    }
}
