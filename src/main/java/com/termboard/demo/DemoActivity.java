package com.termboard.demo;

import com.termboard.group.BusinessGroup;
import com.termboard.handover.Handover;
import com.termboard.handover.HandoverItem;
import com.termboard.metric.Aggregation;
import com.termboard.metric.Direction;
import com.termboard.metric.Metric;
import com.termboard.plan.Kpi;
import com.termboard.plan.Objective;
import com.termboard.progress.ProgressEntry;
import com.termboard.review.CycleReviewer;
import com.termboard.review.Rating;
import com.termboard.review.Review;
import com.termboard.review.ReviewCycle;
import com.termboard.review.ReviewStatus;
import com.termboard.term.Term;
import com.termboard.user.User;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plans, weekly progress, review cycles and handovers of the demo terms; deterministic from a seed. */
@Singleton
class DemoActivity {

    /** One KPI of a plan template: metric, baseline (null: none), target, weight. */
    record KpiPlan(String metric, Double baseline, double target, int weight) {
    }

    /** One objective of a plan template. */
    record ObjectivePlan(String title, String perspective, int weight, List<KpiPlan> kpis) {
    }

    static final Map<String, List<ObjectivePlan>> PLANS = Map.of(
            "DPBG", List.of(
                    new ObjectivePlan("Grow offline merchants", "Growth", 40, List.of(
                            new KpiPlan("MERCHANTS", 1000.0, 1150, 60), new KpiPlan("CHURN", 4.0, 3.2, 40))),
                    new ObjectivePlan("Raise payment volume", "Monetisation", 35, List.of(
                            new KpiPlan("TPV", null, 1200, 70), new KpiPlan("TXN_SUCCESS", 98.5, 99.3, 30))),
                    new ObjectivePlan("Cut fraud and incidents", "Risk", 25, List.of(
                            new KpiPlan("FRAUD_LOSS", 1.8, 1.2, 50), new KpiPlan("INCIDENTS", null, 3, 50)))),
            "ABG", List.of(
                    new ObjectivePlan("Grow monthly active users", "Growth", 40, List.of(
                            new KpiPlan("MAU", 900.0, 960, 60), new KpiPlan("NPS", 38.0, 45, 40))),
                    new ObjectivePlan("Scale advertising revenue", "Monetisation", 35, List.of(
                            new KpiPlan("AD_REVENUE", null, 850, 70), new KpiPlan("CPA", 42.0, 36, 30))),
                    new ObjectivePlan("Ship digital products reliably", "Innovation", 25, List.of(
                            new KpiPlan("RELEASES", null, 24, 60), new KpiPlan("LATENCY", 420.0, 350, 40)))));

    void fill(BusinessGroup group, List<Term> terms, Map<String, Metric> metrics, List<User> reviewers,
            LocalDate today) {
        Random random = new Random(group.code.hashCode());
        List<Objective> previous = List.of();
        Term previousTerm = null;
        for (Term term : terms) {
            double quality = 0.7 + random.nextDouble() * 0.5;
            List<Objective> objectives = plan(term, PLANS.get(group.code), metrics, previous);
            if (!term.startDate.isAfter(today)) {
                for (Objective o : objectives) {
                    for (Kpi k : o.kpis) {
                        progress(term, k, quality, random, today);
                    }
                }
                cycles(term, objectives, reviewers, quality, random, today);
            }
            if (previousTerm != null && !previousTerm.endDate.isAfter(today)) {
                handover(previousTerm, previous, objectives, term.president);
            }
            previous = objectives;
            previousTerm = term;
        }
    }

    private List<Objective> plan(Term term, List<ObjectivePlan> template, Map<String, Metric> metrics,
            List<Objective> previous) {
        List<Objective> objectives = new ArrayList<>();
        double growth = Math.pow(1.04, term.sequenceNo - 1); // each term's bar is a little higher
        for (int i = 0; i < template.size(); i++) {
            ObjectivePlan p = template.get(i);
            Objective o = new Objective();
            o.term = term;
            o.position = i;
            o.title = p.title();
            o.description = "Term " + term.label + ": " + p.title().toLowerCase() + ".";
            o.weight = p.weight();
            o.perspective = p.perspective();
            // The first objective always continues; the second on odd terms: continuity varies from term to term.
            boolean continues = !previous.isEmpty() && (i == 0 || (i == 1 && term.sequenceNo % 2 == 1));
            o.continues = continues ? previous.get(i) : null;
            for (int j = 0; j < p.kpis().size(); j++) {
                KpiPlan kp = p.kpis().get(j);
                Metric metric = metrics.get(kp.metric());
                Kpi k = new Kpi();
                k.objective = o;
                k.metric = metric;
                k.position = j;
                k.weight = kp.weight();
                boolean scales = metric.direction == Direction.HIGHER_IS_BETTER && !metric.unit.equals("%");
                k.baseline = kp.baseline() == null ? null : money(kp.baseline() * (scales ? growth : 1));
                k.target = money(kp.target() * (scales ? growth : 1));
                o.kpis.add(k);
            }
            o.persist();
            objectives.add(o);
        }
        return objectives;
    }

    private void progress(Term term, Kpi kpi, double quality, Random random, LocalDate today) {
        long weeks = term.days() / 7;
        double target = kpi.target.doubleValue();
        double base = kpi.baseline == null ? target * 0.8 : kpi.baseline.doubleValue();
        ProgressEntry last = null;
        int w = 0;
        for (LocalDate asOf = term.startDate.plusDays(6); !asOf.isAfter(term.endDate) && !asOf.isAfter(today);
                asOf = asOf.plusDays(7)) {
            w++;
            double share = (double) w / weeks;
            double noise = 1 + (random.nextDouble() - 0.5) * 0.06;
            double value = switch (kpi.metric.aggregation) {
                case LATEST -> base + (target - base) * quality * share * noise;
                case SUM -> kpi.metric.direction == Direction.LOWER_IS_BETTER
                        ? (random.nextDouble() < target / weeks / quality ? 1 : 0)
                        : target / weeks * quality * noise;
                case AVERAGE -> base + (target - base) * quality * (0.4 + 0.6 * share) * noise;
            };
            last = entry(kpi, term, asOf, money(value), null, "Weekly figure.");
        }
        if (last != null && kpi.metric.aggregation == Aggregation.LATEST && w > 3) {
            // A correction: the president fixes a typo in the last figure; the old entry stays in the history.
            entry(kpi, term, last.asOf, money(last.value.doubleValue() * 1.01), last,
                    "Corrected after the data team's check.");
        }
    }

    private ProgressEntry entry(Kpi kpi, Term term, LocalDate asOf, BigDecimal value, ProgressEntry supersedes,
            String comment) {
        ProgressEntry e = new ProgressEntry();
        e.kpi = kpi;
        e.asOf = asOf;
        e.value = value;
        e.confidence = 3 + (int) (asOf.toEpochDay() % 3);
        e.comment = comment;
        e.enteredBy = term.president;
        e.enteredAt = asOf.plusDays(1).atTime(10, supersedes == null ? 0 : 30).toInstant(ZoneOffset.ofHours(8));
        e.supersedes = supersedes;
        e.persist();
        return e;
    }

    private void cycles(Term term, List<Objective> objectives, List<User> reviewers, double quality, Random random,
            LocalDate today) {
        LocalDate mid = term.startDate.plusMonths(3);
        List<ReviewCycle> cycles = new ArrayList<>(List.of(
                cycle(term, "Mid-term", mid.minusDays(10), mid.plusDays(5), false, reviewers.subList(0, 3)),
                cycle(term, "Final", term.endDate.plusDays(2), term.endDate.plusDays(20), true, reviewers)));
        boolean active = !today.isAfter(term.endDate);
        if (active && cycles.stream().noneMatch(c -> c.isOpen(today)) && today.isAfter(mid.plusDays(5))) {
            LocalDate closes = today.plusDays(9).isAfter(term.endDate) ? term.endDate : today.plusDays(9);
            cycles.add(cycle(term, "Check-in", today.minusDays(5), closes, false, reviewers.subList(0, 3)));
        }
        for (ReviewCycle cycle : cycles) {
            for (int r = 0; r < cycle.reviewers.size(); r++) {
                User reviewer = cycle.reviewers.get(r).reviewer;
                if (cycle.closesOn.isBefore(today)) {
                    review(cycle, reviewer, objectives, quality, random, true);
                } else if (cycle.isOpen(today) && r == 1) {
                    review(cycle, reviewer, objectives, quality, random, true);
                } else if (cycle.isOpen(today) && r == 0) {
                    review(cycle, reviewer, objectives.subList(0, 1), quality, random, false);
                }
            }
        }
    }

    private ReviewCycle cycle(Term term, String name, LocalDate opens, LocalDate closes, boolean isFinal,
            List<User> reviewers) {
        ReviewCycle c = new ReviewCycle();
        c.term = term;
        c.name = name;
        c.opensOn = opens;
        c.closesOn = closes;
        c.isFinal = isFinal;
        c.persist();
        for (User u : reviewers) {
            CycleReviewer a = CycleReviewer.of(c, u, false);
            a.persist();
            c.reviewers.add(a);
        }
        return c;
    }

    private void review(ReviewCycle cycle, User reviewer, List<Objective> objectives, double quality, Random random,
            boolean submit) {
        Review review = new Review();
        review.cycle = cycle;
        review.reviewer = reviewer;
        review.updatedAt = cycle.closesOn.minusDays(2).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        review.status = submit ? ReviewStatus.SUBMITTED : ReviewStatus.DRAFT;
        review.submittedAt = submit ? review.updatedAt : null;
        review.comment = submit ? "Solid delivery overall; see the comments per objective." : "";
        for (Objective o : objectives) {
            Rating rating = new Rating();
            rating.review = review;
            rating.objective = o;
            long base = Math.round(1 + 4 * Math.min(1, Math.max(0, (quality - 0.6) / 0.6)));
            rating.value = (int) Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
            rating.comment = rating.value >= 4 ? "Ahead of plan." : rating.value == 3 ? "On plan." : "Behind plan.";
            review.ratings.add(rating);
        }
        review.persist();
    }

    private void handover(Term outgoing, List<Objective> old, List<Objective> incoming, User decider) {
        Handover h = new Handover();
        h.term = outgoing;
        h.note = "State of play at the end of " + outgoing.label + ":\n- Merchant and user growth on track.\n"
                + "- Watch the risk metrics after the holiday peak.\n\nAdvice: keep the growth objective running.";
        h.updatedBy = outgoing.president;
        h.updatedAt = outgoing.endDate.atTime(18, 0).toInstant(ZoneOffset.ofHours(8));
        h.persist();
        for (Objective o : old) {
            Objective continuation = incoming.stream().filter(n -> n.continues == o).findFirst().orElse(null);
            HandoverItem item = new HandoverItem();
            item.objective = o;
            item.recommendation = o.position == 2 ? HandoverItem.Recommendation.CLOSE
                    : HandoverItem.Recommendation.CARRY_OVER;
            item.decision = continuation != null ? HandoverItem.Decision.CARRY_OVER : HandoverItem.Decision.DROP;
            item.reason = continuation != null ? null : "Replaced by a fresh objective in the new plan.";
            item.newObjective = continuation;
            item.decidedBy = decider;
            item.decidedAt = outgoing.endDate.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
            item.persist();
        }
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
