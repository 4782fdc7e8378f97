package com.termboard.report;

import com.termboard.handover.HandoverValues;
import com.termboard.scorecard.Scorecards;
import com.termboard.scorecard.TermHeader;
import com.termboard.scorecard.TermHeaders;
import com.termboard.scorecard.TermScores;
import com.termboard.scoring.CycleInput;
import com.termboard.scoring.Leniency;
import com.termboard.scoring.SubmittedRating;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.system.KeptReads;
import com.termboard.system.Today;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.HashedList;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The executive reports. Each reads its term headers in one statement and the scoring inputs of all its terms in
 * six ({@code Scorecards}), plus at most one lookup of its own: a bounded number whatever the number of terms.
 */
@ApplicationScoped
public class Reports {

    @Inject
    TermHeaders headers;

    @Inject
    Scorecards scorecards;

    @Inject
    ReportLookups lookups;

    @Inject
    Today today;

    @Inject
    HandoverValues handoverValues;

    @Inject
    TermScores termScores;

    /**
     * Loaded terms kept under their headers, stamps and day (100 reports): a report read again
     * with nothing changed gets the same summaries and rows (the same instances, which the rendering of its body is
     * kept under) without scoring, summarising or aligning anything.
     */
    @Inject
    @CacheName("report-terms")
    Cache kept;

    /** Forgets every kept report (tests that count what a cold report reads). */
    public void forgetAll() {
        KeptReads.forget(kept);
    }

    /** The terms of {@code ?terms=1,2}: two to six distinct existing ids, else 400; deltas against the first. */
    public ReportViews.Comparison compare(String terms) {
        return compare(terms, null);
    }

    /**
     * As {@link #compare(String)}, the deltas against term {@code ref} (one of the compared ids; blank or null: the
     * first term), else 400 naming {@code ref}.
     */
    public ReportViews.Comparison compare(String terms, String ref) {
        List<Long> ids = TermIds.parse(terms);
        Map<Long, TermHeader> found = headers.byIds(ids);
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ApiError.invalid("terms", Texts.of(ReportMessages.class).no_term(unknown.get(0)));
        }
        Loaded loaded = load(List.copyOf(found.values()));
        List<TermSummary> summaries = loaded.summaries();
        int at = TermIds.reference(ref, summaries.stream().map(TermSummary::id).toList());
        TermSummary first = summaries.get(at);
        List<ReportViews.Delta> deltas = summaries.stream().map(s -> new ReportViews.Delta(s.id(),
                minus(s.kpiScore(), first.kpiScore()), minus(s.coverage(), first.coverage()),
                minus(s.reviewScore(), first.reviewScore()), minus(s.composite(), first.composite()))).toList();
        List<MetricRow> metrics = at == 0 ? loaded.metrics() : MetricRow.against(loaded.metrics(), at);
        return new ReportViews.Comparison(summaries, deltas, metrics, first.id());
    }

    public ReportViews.GroupHistory group(String code) {
        ReportViews.GroupRef group = lookups.group(code)
                .orElseThrow(() -> ApiError.notFound(Texts.of(ReportMessages.class).no_group(code)));
        Loaded loaded = load(headers.ofGroup(group.code()));
        return new ReportViews.GroupHistory(group, loaded.summaries(), loaded.metrics(),
                handoverValues.ofGroup(group.code(), loaded.stamps()));
    }

    public ReportViews.PresidentHistory president(String username) {
        ReportViews.PresidentRef president = lookups.president(username)
                .orElseThrow(() -> ApiError.notFound(Texts.of(ReportMessages.class).no_user(username)));
        return new ReportViews.PresidentHistory(president, load(headers.ofPresident(president.username())).summaries());
    }

    /** Every current term, for the executive dashboard. */
    public List<TermSummary> current() {
        return load(headers.activeOn(today.date())).summaries();
    }

    public ReportViews.ReviewerReport reviewers() {
        List<TermHeader> all = headers.all();
        Map<Long, TermScores.Scored> scored = scorecards.summarised(all.stream().map(TermHeader::id).toList(),
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
                .sorted(java.util.Comparator.comparing(ReportViews.ReviewerLeniency::reviewer))
                .toList();
        return new ReportViews.ReviewerReport(cycles, reviewers);
    }

    /** What one read of some terms gives: their summaries, their metric rows and their stamps, as of today. */
    private record Loaded(List<TermSummary> summaries, List<MetricRow> metrics, Map<Long, Long> stamps) {
    }

    /** The terms as their headers show them, at their stamps, on one day: all that {@link Loaded} is computed from. */
    private record LoadKey(List<TermHeader> terms, Map<Long, TermScores.Stamp> stamps, LocalDate day) {
    }

    private Loaded load(List<TermHeader> terms) {
        if (terms.isEmpty()) {
            return new Loaded(List.of(), List.of(), Map.of());
        }
        LocalDate day = today.date();
        List<Long> ids = terms.stream().map(TermHeader::id).toList();
        Map<Long, TermScores.Stamp> stamps = termScores.stamps(ids);
        return KeptReads.get(kept, new LoadKey(terms, stamps, day),
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

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        BigDecimal d = a.subtract(b).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
