package com.termboard.scoring;

import com.termboard.metric.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a term exactly as SPEC.md "Scoring" defines it; the parts are public so reports can reuse them.
 * Review numbers live in {@link Reviews}, pace in {@link Pace}, reviewer leniency in {@link Leniency}.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal RATING_SPAN = BigDecimal.valueOf(4);

    /** LATEST takes the greatest entry: latest as-of date, then latest entered, then the higher id for determinism. */
    private static final Comparator<ProgressPoint> RECENCY = Comparator.comparing(ProgressPoint::asOf)
            .thenComparing(ProgressPoint::enteredAt)
            .thenComparingLong(ProgressPoint::id);

    private final ScoringSettings settings;

    public Scoring(ScoringSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Every number of the term's scorecard as of {@code asOf} (today, for the live scorecard). */
    public TermScore score(TermInput term, LocalDate asOf) {
        LocalDate ref = referenceDate(term, asOf);
        BigDecimal elapsed = Pace.elapsed(term.startDate(), term.endDate(), ref);
        List<ObjectiveScore> objectives = term.objectives().stream()
                .map(o -> objectiveScore(o, term.cycles(), ref, elapsed))
                .toList();
        List<CycleScore> cycles = term.cycles().stream()
                .map(c -> new CycleScore(c.id(), Reviews.cycleReviewScore(c, term.objectives()), c.assigned(),
                        c.submitted()))
                .toList();
        Long reviewCycleId = Reviews.reviewCycle(term.cycles(), term.objectives()).map(CycleInput::id).orElse(null);
        BigDecimal kpiScore = termKpiScore(objectives);
        BigDecimal reviewScore = Reviews.termReviewScore(term.cycles(), term.objectives());
        return new TermScore(term.id(), ref, elapsed, kpiScore, termCoverage(objectives), reviewScore, reviewCycleId,
                composite(kpiScore, reviewScore), continuity(term.objectives()), objectives, cycles);
    }

    /** min(asOf, end date): an ended term is scored as it stood on its last day, whatever later date is asked. */
    public static LocalDate referenceDate(TermInput term, LocalDate asOf) {
        return asOf.isAfter(term.endDate()) ? term.endDate() : asOf;
    }

    /**
     * The entries that count at {@code ref}: dated on or before it and not superseded. An entry is superseded as soon
     * as any entry names it, whatever that correction's own date, because a correction says the old value was wrong.
     */
    public static List<ProgressPoint> effectiveEntries(KpiInput kpi, LocalDate ref) {
        Set<Long> superseded = kpi.entries().stream()
                .map(ProgressPoint::supersedesId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return kpi.entries().stream()
                .filter(e -> !superseded.contains(e.id()))
                .filter(e -> !e.asOf().isAfter(ref))
                .toList();
    }

    /** The KPI's actual at {@code ref} by its aggregation; null when no entry counts. */
    public static BigDecimal actual(KpiInput kpi, LocalDate ref) {
        if (kpi.summary() != null) {
            return summaryAt(kpi, ref).actual(kpi.aggregation());
        }
        List<ProgressPoint> entries = effectiveEntries(kpi, ref);
        if (entries.isEmpty()) {
            return null;
        }
        List<BigDecimal> values = entries.stream().map(ProgressPoint::value).toList();
        return switch (kpi.aggregation()) {
            case LATEST -> entries.stream().max(RECENCY).orElseThrow().value();
            case SUM -> Decimals.sum(values);
            case AVERAGE -> Decimals.mean(values);
        };
    }

    /** The KPI's summary, which holds for its own reference date only. */
    private static EntrySummary summaryAt(KpiInput kpi, LocalDate ref) {
        if (!kpi.summary().ref().equals(ref)) {
            throw new IllegalStateException("KPI " + kpi.id() + " was summarised at " + kpi.summary().ref()
                    + ", not at " + ref);
        }
        return kpi.summary();
    }

    /**
     * Attainment of {@code actual} against the KPI's goal, clamped to [0, cap]; null when actual is null or the
     * formula divides by zero (target equal to baseline, or no baseline and a zero target when higher is better),
     * which plan validation forbids but old or draft data may still hold.
     */
    public BigDecimal attainment(KpiInput kpi, BigDecimal actual) {
        if (actual == null) {
            return null;
        }
        BigDecimal raw = rawAttainment(kpi, actual);
        return raw == null ? null : Decimals.clamp(raw, BigDecimal.ZERO, settings.cap());
    }

    private BigDecimal rawAttainment(KpiInput kpi, BigDecimal actual) {
        BigDecimal target = kpi.target();
        BigDecimal baseline = kpi.baseline();
        if (kpi.direction() == Direction.HIGHER_IS_BETTER) {
            return baseline == null
                    ? Decimals.divide(actual, target)
                    : Decimals.divide(actual.subtract(baseline), target.subtract(baseline));
        }
        if (baseline != null) {
            return Decimals.divide(baseline.subtract(actual), baseline.subtract(target));
        }
        // target / actual has no meaning at or below zero; nothing (or less) where less is better beats any target.
        return actual.signum() <= 0 ? settings.cap() : Decimals.divide(target, actual);
    }

    /** One KPI scored at {@code ref}, its pace judged against the elapsed fraction. */
    public KpiScore kpiScore(KpiInput kpi, LocalDate ref, BigDecimal elapsed) {
        int entries = kpi.summary() != null ? summaryAt(kpi, ref).count() : effectiveEntries(kpi, ref).size();
        BigDecimal actual = actual(kpi, ref);
        BigDecimal attainment = attainment(kpi, actual);
        return new KpiScore(kpi.id(), kpi.baseline(), kpi.target(), kpi.weight(), actual, attainment,
                Pace.status(attainment, elapsed), entries);
    }

    /** One objective: its KPIs at {@code ref} and its review rows, one per cycle in the order given. */
    public ObjectiveScore objectiveScore(ObjectiveInput objective, List<CycleInput> cycles, LocalDate ref,
            BigDecimal elapsed) {
        List<KpiScore> kpis = objective.kpis().stream().map(k -> kpiScore(k, ref, elapsed)).toList();
        List<ObjectiveCycleScore> reviews = cycles.stream()
                .map(c -> Reviews.objectiveCycleScore(c, objective.id()))
                .toList();
        return new ObjectiveScore(objective.id(), objective.weight(), objectiveKpiScore(kpis),
                objectiveCoverage(kpis), kpis, reviews);
    }

    /** Weighted mean of the KPIs' attainments by KPI weight, over KPIs with data; null when none has data. */
    public static BigDecimal objectiveKpiScore(List<KpiScore> kpis) {
        return Decimals.weightedMean(kpis, KpiScore::attainment, KpiScore::weight);
    }

    /**
     * Share of the objective's KPI weight whose attainment exists: Σ weight of KPIs with data / Σ weight of all its
     * KPIs. Null when the objective has no KPIs (or their weights sum to zero): there is nothing to cover.
     */
    public static BigDecimal objectiveCoverage(List<KpiScore> kpis) {
        BigDecimal all = BigDecimal.valueOf(kpis.stream().mapToLong(KpiScore::weight).sum());
        BigDecimal withData = BigDecimal.valueOf(
                kpis.stream().filter(k -> k.attainment() != null).mapToLong(KpiScore::weight).sum());
        return Decimals.divide(withData, all);
    }

    /** Weighted mean of the objective KPI scores by objective weight, over objectives with a KPI score. */
    public static BigDecimal termKpiScore(List<ObjectiveScore> objectives) {
        return Decimals.weightedMean(objectives, ObjectiveScore::kpiScore, ObjectiveScore::weight);
    }

    /**
     * Share of the term's whole KPI weight that has data, where a KPI weighs objectiveWeight × kpiWeight / (Σ KPI
     * weights of its objective). That equals Σ objectiveWeight × objectiveCoverage / Σ objectiveWeight over the
     * objectives that have KPIs; objectives without KPIs carry no KPI weight and are left out. Null without KPIs.
     */
    public static BigDecimal termCoverage(List<ObjectiveScore> objectives) {
        return Decimals.weightedMean(objectives, ObjectiveScore::coverage, ObjectiveScore::weight);
    }

    /** 100 × (k × min(kpiScore, 1) + (1 − k) × (reviewScore − 1) / 4); null unless both parts exist. */
    public BigDecimal composite(BigDecimal kpiScore, BigDecimal reviewScore) {
        if (kpiScore == null || reviewScore == null) {
            return null;
        }
        BigDecimal k = settings.kpiShare();
        BigDecimal kpiPart = k.multiply(kpiScore.min(BigDecimal.ONE));
        BigDecimal reviewPart = BigDecimal.ONE.subtract(k)
                .multiply(Decimals.divide(reviewScore.subtract(BigDecimal.ONE), RATING_SPAN));
        return HUNDRED.multiply(kpiPart.add(reviewPart));
    }

    /** Σ weight of objectives that continue one of the previous term / Σ weight of all; null without weight. */
    public static BigDecimal continuity(List<ObjectiveInput> objectives) {
        BigDecimal all = BigDecimal.valueOf(objectives.stream().mapToLong(ObjectiveInput::weight).sum());
        BigDecimal continuing = BigDecimal.valueOf(
                objectives.stream().filter(o -> o.continuesId() != null).mapToLong(ObjectiveInput::weight).sum());
        return Decimals.divide(continuing, all);
    }
}
