package com.termboard.scorecard;

import com.termboard.group.BusinessGroup;
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
import com.termboard.term.PlanStatus;
import com.termboard.term.Term;
import com.termboard.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-made group with unique names, built through the entities: a previous term and a scored term with two
 * objectives, four KPIs (one without data), progress with a correction, and two review cycles. The expected
 * numbers are computed by hand in {@link ScorecardApiTest}.
 */
public final class Scenario {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public final String tag;
    public final String group;
    public final String president;
    public final String[] reviewers;
    public long previousTermId;
    public long termId;
    public long o1;
    public long o2;
    public long k1;
    public long k2;
    public long k3;
    public long k4;
    public long midCycle;
    public long finalCycle;

    private Scenario() {
        tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase() + SEQ.incrementAndGet();
        group = "SC-" + tag;
        president = "pres" + tag.toLowerCase();
        reviewers = new String[] {"ra" + tag.toLowerCase(), "rb" + tag.toLowerCase(), "rc" + tag.toLowerCase()};
    }

    public static Scenario build() {
        Scenario s = new Scenario();
        QuarkusTransaction.requiringNew().run(s::persist);
        return s;
    }

    public static User user(String username, String role) {
        User u = new User();
        u.username = username;
        u.displayName = "Test " + username;
        u.setPassword("demo");
        u.roles = new java.util.TreeSet<>(Set.of(role));
        u.createdAt = Instant.now();
        u.persist();
        return u;
    }

    public static BusinessGroup group(String code) {
        BusinessGroup g = new BusinessGroup();
        g.code = code;
        g.name = "Group " + code;
        g.persist();
        return g;
    }

    public static Term term(BusinessGroup g, User president, int seq, LocalDate start, LocalDate end) {
        Term t = new Term();
        t.group = g;
        t.president = president;
        t.sequenceNo = seq;
        t.label = start.getYear() + (start.getMonthValue() < 7 ? " H1" : " H2");
        t.startDate = start;
        t.endDate = end;
        t.planStatus = PlanStatus.APPROVED;
        t.persist();
        return t;
    }

    public static Metric metric(String code, Direction direction, Aggregation aggregation) {
        Metric m = Metric.byCode(code).orElse(null);
        if (m != null) {
            return m;
        }
        m = new Metric();
        m.code = code;
        m.name = "Metric " + code;
        m.unit = "count";
        m.direction = direction;
        m.aggregation = aggregation;
        m.persist();
        return m;
    }

    public static Objective objective(Term t, int position, String title, int weight, Objective continues) {
        Objective o = new Objective();
        o.term = t;
        o.position = position;
        o.title = title;
        o.weight = weight;
        o.perspective = "Growth";
        o.continues = continues;
        o.persist();
        return o;
    }

    public static Kpi kpi(Objective o, Metric m, int position, String baseline, String target, int weight) {
        Kpi k = new Kpi();
        k.objective = o;
        k.metric = m;
        k.position = position;
        k.baseline = baseline == null ? null : new BigDecimal(baseline);
        k.target = new BigDecimal(target);
        k.weight = weight;
        k.persist();
        return k;
    }

    public static ProgressEntry entry(Kpi k, User by, String asOf, String value, int hour, ProgressEntry supersedes) {
        ProgressEntry e = new ProgressEntry();
        e.kpi = k;
        e.asOf = LocalDate.parse(asOf);
        e.value = new BigDecimal(value);
        e.enteredBy = by;
        e.enteredAt = e.asOf.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        e.supersedes = supersedes;
        e.persist();
        return e;
    }

    public static ReviewCycle cycle(Term t, String name, String opens, String closes, boolean isFinal) {
        ReviewCycle c = new ReviewCycle();
        c.term = t;
        c.name = name;
        c.opensOn = LocalDate.parse(opens);
        c.closesOn = LocalDate.parse(closes);
        c.isFinal = isFinal;
        c.persist();
        return c;
    }

    /** Assigns the reviewer and, with ratings, writes a review: submitted or a draft. */
    public static void review(ReviewCycle c, User reviewer, boolean submitted, String comment, Object... ratings) {
        CycleReviewer.of(c, reviewer, false).persist();
        if (ratings.length == 0) {
            return;
        }
        Review r = new Review();
        r.cycle = c;
        r.reviewer = reviewer;
        r.status = submitted ? ReviewStatus.SUBMITTED : ReviewStatus.DRAFT;
        r.submittedAt = submitted ? Instant.now() : null;
        r.updatedAt = Instant.now();
        r.comment = comment;
        for (int i = 0; i < ratings.length; i += 2) {
            Rating rating = new Rating();
            rating.review = r;
            rating.objective = (Objective) ratings[i];
            rating.value = (Integer) ratings[i + 1];
            r.ratings.add(rating);
        }
        r.persist();
    }

    private void persist() {
        User p = user(president, "PRESIDENT");
        User ra = user(reviewers[0], "REVIEWER");
        User rb = user(reviewers[1], "REVIEWER");
        User rc = user(reviewers[2], "REVIEWER");
        BusinessGroup g = group(group);
        Term previous = term(g, p, 1, LocalDate.parse("2025-07-01"), LocalDate.parse("2025-12-31"));
        Objective p1 = objective(previous, 0, "Earlier objective", 100, null);
        Term t = term(g, p, 2, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"));
        Objective obj1 = objective(t, 0, "Grow merchants", 60, null);
        Objective obj2 = objective(t, 1, "Cut losses <b>now</b>", 40, p1);
        Kpi kpi1 = kpi(obj1, metric("SCT-MERCHANTS", Direction.HIGHER_IS_BETTER, Aggregation.LATEST), 0, "100",
                "200", 70);
        Kpi kpi2 = kpi(obj1, metric("SCT-LOSS", Direction.LOWER_IS_BETTER, Aggregation.AVERAGE), 1, "10", "5", 30);
        Kpi kpi3 = kpi(obj2, metric("SCT-RECOVERED", Direction.HIGHER_IS_BETTER, Aggregation.SUM), 0, null, "1000",
                50);
        Kpi kpi4 = kpi(obj2, metric("SCT-AUDITS", Direction.HIGHER_IS_BETTER, Aggregation.LATEST), 1, "0", "10", 50);
        entry(kpi1, p, "2026-02-01", "130", 9, null);
        entry(kpi1, p, "2026-04-01", "150", 9, null);
        ProgressEntry wrong = entry(kpi1, p, "2026-05-01", "190", 9, null);
        entry(kpi1, p, "2026-05-01", "170", 15, wrong);
        entry(kpi2, p, "2026-02-15", "4", 9, null);
        entry(kpi2, p, "2026-05-15", "5", 9, null);
        entry(kpi3, p, "2026-03-01", "300", 9, null);
        entry(kpi3, p, "2026-04-01", "400", 9, null);
        entry(kpi3, p, "2026-06-01", "500", 9, null);
        ReviewCycle mid = cycle(t, "Mid-term", "2026-03-25", "2026-04-05", false);
        review(mid, ra, true, "Solid start", obj1, 3, obj2, 3);
        review(mid, rb, true, "", obj1, 4, obj2, 3);
        ReviewCycle fin = cycle(t, "Final", "2026-06-20", "2026-07-10", true);
        review(fin, ra, true, "Secret words of ra", obj1, 4, obj2, 5);
        review(fin, rb, true, "", obj1, 2, obj2, 4);
        review(fin, rc, false, "A draft", obj1, 1, obj2, 1);
        previousTermId = previous.id;
        termId = t.id;
        o1 = obj1.id;
        o2 = obj2.id;
        k1 = kpi1.id;
        k2 = kpi2.id;
        k3 = kpi3.id;
        k4 = kpi4.id;
        midCycle = mid.id;
        finalCycle = fin.id;
    }
}
