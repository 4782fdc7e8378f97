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
import com.termboard.system.KeptReads;
import com.termboard.system.Today;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.HashedList;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts a term's scores, its inputs and its header together into the scorecard; access is the caller's job. */
@ApplicationScoped
public class ScorecardService {

    /** What a scorecard is built from: the term as its header shows it, its stamp, the day asked and today. */
    private record Key(TermHeader header, TermScores.Stamp stamp, LocalDate asOf, LocalDate today) {
    }

    /** As many as {@code TermScores} keeps terms with all of their entries: the terms being looked at. */
    @Inject
    @CacheName("scorecards")
    Cache kept;

    @Inject
    TermScores termScores;

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

    /** The header of term {@code termId}, or 404: what its reader's access is checked against. */
    public TermHeader header(long termId) {
        TermHeader header = headers.byIds(List.of(termId)).get(termId);
        if (header == null) {
            throw notFound(termId);
        }
        return header;
    }

    /**
     * The scorecard of the term of {@code header} (404 if it is gone since). It is kept under the term's header, its
     * stamp, the day asked and today (all it is built from), so a scorecard read again with nothing changed is the
     * same instance, whose rendering is kept under it too. Nothing read inside a transaction is kept.
     */
    public Scorecard scorecard(TermHeader header, LocalDate asOf) {
        long termId = header.id();
        TermScores.Stamp stamp = termScores.stamps(List.of(termId)).get(termId);
        if (stamp == null) {
            throw notFound(termId);
        }
        LocalDate day = today.date();
        return KeptReads.get(kept, new Key(header, stamp, asOf, day), key -> build(header, stamp, asOf, day));
    }

    private Scorecard build(TermHeader header, TermScores.Stamp stamp, LocalDate asOf, LocalDate today) {
        TermScores.Scored scored = termScores.full(header.id(), asOf, stamp)
                .orElseThrow(() -> notFound(header.id()));
        return of(header, scored.input(), scored.score(), today);
    }

    /** Forgets every kept scorecard (tests that compare a kept scorecard with a fresh one). */
    public void forgetAll() {
        KeptReads.forget(kept);
    }

    private static ApiError notFound(long termId) {
        return ApiError.notFound(Texts.of(ScorecardMessages.class).no_term(termId));
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
                entries.put(k.id(), HashedList.of(Scoring.effectiveEntries(k, score.referenceDate()).stream()
                        .sorted(Comparator.comparing(ProgressPoint::asOf).thenComparing(ProgressPoint::enteredAt))
                        .toList()));
            }
            List<ScorecardView.ObjectiveCycleRow> cycles = s.cycles().stream().map(ScorecardService::row).toList();
            objectives.add(new ScorecardView.ObjectiveRow(o.id(), o.title(), o.weight(), s.kpiScore(), s.coverage(),
                    HashedList.of(kpis), HashedList.of(cycles)));
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
                score.coverage(), score.reviewScore(), score.composite(), score.continuity(),
                HashedList.of(objectives), HashedList.of(cycles));
        return new Scorecard(view, header, score.reviewCycleId(), Collections.unmodifiableMap(entries));
    }

    private static ScorecardView.ObjectiveCycleRow row(ObjectiveCycleScore c) {
        return new ScorecardView.ObjectiveCycleRow(c.cycleId(), c.mean(), c.spread(), c.disagreement(), c.ratings());
    }
}
