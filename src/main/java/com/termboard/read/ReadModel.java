package com.termboard.read;

import com.termboard.scoring.CycleInput;
import com.termboard.scoring.CycleScore;
import com.termboard.scoring.KpiInput;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.Leniency;
import com.termboard.scoring.ObjectiveCycleScore;
import com.termboard.scoring.ObjectiveInput;
import com.termboard.scoring.ObjectiveScore;
import com.termboard.scoring.ProgressPoint;
import com.termboard.scoring.Scoring;
import com.termboard.scoring.SubmittedRating;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.system.Today;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.HashedList;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side: every scorecard, report and score a page or the API shows is read here, as a page model. What is kept
 * between requests (the named caches of application.properties) and the term stamps it is kept under stay inside
 * this package ({@link KeptReads}, {@link TermScores}); a caller gets values and never sees either. The lists of
 * what is kept are {@link HashedList}s, which hash once, so that the kept renderings of the pages they show
 * (web/render/RenderedParts) find them by a kept hash, not number by number. Access is the
 * caller's job. Each report reads its term headers in one statement and the scoring inputs of all its terms in six,
 * plus at most one lookup of its own: a bounded number whatever the number of terms.
 */
@ApplicationScoped
public class ReadModel {

    /** What a scorecard is built from: the term as its header shows it, its stamp, the day asked and today. */
    private record CardKey(TermHeader header, TermScores.Stamp stamp, LocalDate asOf, LocalDate today) {
    }

    /** What one read of some terms gives: their summaries, their metric rows and their stamps, as of today. */
    private record Loaded(List<TermSummary> summaries, List<MetricRow> metrics, Map<Long, Long> stamps) {
    }

    /** The terms as their headers show them, at their stamps, on one day: all that {@link Loaded} is computed from. */
    private record LoadKey(List<TermHeader> terms, Map<Long, TermScores.Stamp> stamps, LocalDate day) {
    }

    /** Scorecards, as many as {@code TermScores} keeps terms with all of their entries: the terms being looked at. */
    @Inject
    @CacheName("scorecards")
    Cache scorecards;

    /** Loaded terms of the reports, kept under their headers, stamps and day. */
    @Inject
    @CacheName("report-terms")
    Cache reportTerms;

    @Inject
    TermScores termScores;

    @Inject
    TermInputs inputs;

    @Inject
    TermHeaders headers;

    @Inject
    ReportLookups lookups;

    @Inject
    HandoverValues handoverValues;

    @Inject
    Today today;

    /** The scoring with the configured cap and k. */
    public Scoring scoring() {
        return termScores.scoring();
    }

    /** The score of one term as of {@code asOf} (an ended term is scored at its end date); empty for an unknown id. */
    public Optional<TermScore> score(long termId, LocalDate asOf) {
        return Optional.ofNullable(termScores.summarised(List.of(termId), asOf).terms().get(termId))
                .map(TermScores.Scored::score);
    }

    /** The scoring inputs themselves, with every entry, for pages that show entries next to the scores. */
    public Map<Long, TermInput> inputs(Collection<Long> termIds) {
        return inputs.load(termIds);
    }

    /** The header of term {@code termId}, or 404: what its reader's access is checked against. */
    public TermHeader header(long termId) {
        TermHeader header = headers.byIds(List.of(termId)).get(termId);
        if (header == null) {
            throw noTerm(termId);
        }
        return header;
    }

    /**
     * The scorecard of the term of {@code header} as of {@code asOf} (404 if it is gone since). Read again with
     * nothing changed, it is the same instance, whose rendering is kept under it.
     */
    public Scorecard scorecard(TermHeader header, LocalDate asOf) {
        long termId = header.id();
        TermScores.Stamp stamp = termScores.stamps(List.of(termId)).get(termId);
        if (stamp == null) {
            throw noTerm(termId);
        }
        LocalDate day = today.date();
        return KeptReads.get(scorecards, new CardKey(header, stamp, asOf, day), key -> {
            TermScores.Scored scored = termScores.full(termId, asOf, stamp).orElseThrow(() -> noTerm(termId));
            return scorecard(header, scored.input(), scored.score(), day);
        });
    }

    /**
     * Terms side by side ({@code ids}: distinct, in their order), the deltas taken against the one at
     * {@code reference}; 400 naming the first unknown id.
     */
    public ReportViews.Comparison compare(List<Long> ids, int reference) {
        Map<Long, TermHeader> found = headers.byIds(ids);
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ApiError.invalid("terms", Texts.of(ReadMessages.class).no_term(unknown.get(0)));
        }
        Loaded loaded = load(List.copyOf(found.values()));
        List<TermSummary> summaries = loaded.summaries();
        TermSummary first = summaries.get(reference);
        List<ReportViews.Delta> deltas = summaries.stream().map(s -> new ReportViews.Delta(s.id(),
                minus(s.kpiScore(), first.kpiScore()), minus(s.coverage(), first.coverage()),
                minus(s.reviewScore(), first.reviewScore()), minus(s.composite(), first.composite()))).toList();
        List<MetricRow> metrics = reference == 0 ? loaded.metrics() : MetricRow.against(loaded.metrics(), reference);
        return new ReportViews.Comparison(summaries, deltas, metrics, first.id());
    }

    /** A group's terms oldest first, its metrics across them and its values across each handover; 404 if unknown. */
    public ReportViews.GroupHistory groupHistory(String code) {
        ReportViews.GroupRef group = lookups.group(code)
                .orElseThrow(() -> ApiError.notFound(Texts.of(ReadMessages.class).no_group(code)));
        Loaded loaded = load(headers.ofGroup(group.code()));
        return new ReportViews.GroupHistory(group, loaded.summaries(), loaded.metrics(),
                handoverValues.ofGroup(group.code(), loaded.stamps()));
    }

    /** The terms a user has held as president, oldest first; 404 for an unknown user. */
    public ReportViews.PresidentHistory presidentHistory(String username) {
        ReportViews.PresidentRef president = lookups.president(username)
                .orElseThrow(() -> ApiError.notFound(Texts.of(ReadMessages.class).no_user(username)));
        return new ReportViews.PresidentHistory(president, load(headers.ofPresident(president.username())).summaries());
    }

    /** Every term's header, by group and start date (the report picker). */
    public List<TermHeader> allTerms() {
        return headers.all();
    }

    /** Every current term, for the executive dashboard. */
    public List<TermSummary> currentTerms() {
        return load(headers.activeOn(today.date())).summaries();
    }

    /** Every review cycle's completion and every reviewer's leniency. */
    public ReportViews.ReviewerReport reviewers() {
        List<TermHeader> all = headers.all();
        Map<Long, TermScores.Scored> scored = termScores.summarised(all.stream().map(TermHeader::id).toList(),
                today.date()).terms();
        List<ReportViews.CycleCompletion> cycles = new ArrayList<>();
        List<SubmittedRating> ratings = new ArrayList<>();
        for (TermHeader h : all) {
            for (CycleInput c : scored.get(h.id()).input().cycles()) {
                cycles.add(new ReportViews.CycleCompletion(c.id(), h.id(), h.group(), h.label(), c.name(),
                        c.isFinal(), c.opensOn(), c.closesOn(), c.assigned(), c.submitted(),
                        c.assigned() == 0 ? null : BigDecimal.valueOf(c.submitted())
                                .divide(BigDecimal.valueOf(c.assigned()), MathContext.DECIMAL64).stripTrailingZeros()));
                ratings.addAll(c.ratings());
            }
        }
        var leniency = Leniency.leniency(ratings);
        Map<Long, ReportViews.PresidentRef> names = lookups.users(leniency.keySet());
        List<ReportViews.ReviewerLeniency> reviewers = leniency.values().stream()
                .map(l -> new ReportViews.ReviewerLeniency(names.get(l.reviewerId()).username(),
                        names.get(l.reviewerId()).displayName(), l.ratings(), l.leniency()))
                .sorted(Comparator.comparing(ReportViews.ReviewerLeniency::reviewer))
                .toList();
        return new ReportViews.ReviewerReport(cycles, reviewers);
    }

    /** Forgets everything kept between requests (tests that count what a cold read does, or compare with it). */
    public void forgetAll() {
        KeptReads.forget(scorecards);
        KeptReads.forget(reportTerms);
        termScores.forgetAll();
        handoverValues.forgetAll();
    }

    private Loaded load(List<TermHeader> terms) {
        if (terms.isEmpty()) {
            return new Loaded(List.of(), List.of(), Map.of());
        }
        LocalDate day = today.date();
        List<Long> ids = terms.stream().map(TermHeader::id).toList();
        Map<Long, TermScores.Stamp> stamps = termScores.stamps(ids);
        return KeptReads.get(reportTerms, new LoadKey(terms, stamps, day),
                key -> load(terms, ids, day, termScores.summarised(ids, day, stamps)));
    }

    private static Loaded load(List<TermHeader> terms, List<Long> ids, LocalDate day, TermScores.Batch batch) {
        Map<Long, TermInput> inputs = new LinkedHashMap<>();
        Map<Long, TermScore> scores = new LinkedHashMap<>();
        batch.terms().forEach((id, scored) -> {
            inputs.put(id, scored.input());
            scores.put(id, scored.score());
        });
        List<TermSummary> summaries = terms.stream()
                .map(h -> TermSummary.of(h, inputs.get(h.id()), scores.get(h.id()), day)).toList();
        return new Loaded(HashedList.of(summaries), HashedList.of(MetricRow.align(ids, inputs, scores)),
                batch.stamps());
    }

    /** The scorecard from a term's header, inputs and score. */
    static Scorecard scorecard(TermHeader header, TermInput input, TermScore score, LocalDate today) {
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
            List<ScorecardView.ObjectiveCycleRow> cycles = s.cycles().stream().map(ReadModel::row).toList();
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

    private static ApiError noTerm(long termId) {
        return ApiError.notFound(Texts.of(ReadMessages.class).no_term(termId));
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        BigDecimal d = a.subtract(b).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
