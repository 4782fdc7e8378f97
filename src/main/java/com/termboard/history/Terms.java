package com.termboard.history;

import static com.termboard.history.HistoryGenerator.AGGREGATIONS;
import static com.termboard.history.HistoryGenerator.METRICS;
import static com.termboard.history.HistoryGenerator.decimal;
import static com.termboard.history.HistoryGenerator.instant;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The rows of a group's terms: plan, weekly progress with corrections, review cycles and submitted reviews. */
final class Terms {

    private final Connection c;
    private final Scale scale;
    private final LocalDate today;
    private final SplittableRandom random;
    private final List<String> perspectives;
    private final CopyRows terms = new CopyRows("term", "id, group_id, president_id, sequence_no, label, start_date, "
            + "end_date, plan_status, closed_at");
    private final CopyRows objectives = new CopyRows("objective", "id, term_id, position, title, weight, perspective, "
            + "continues_id");
    private final CopyRows kpis = new CopyRows("kpi", "id, objective_id, metric_id, position, baseline, target, weight");
    private final CopyRows entries = new CopyRows("progress_entry", "id, kpi_id, as_of, value, confidence, "
            + "supersedes_id, entered_by_id, entered_at");
    private final CopyRows cycles = new CopyRows("review_cycle", "id, term_id, name, opens_on, closes_on, final");
    private final CopyRows assigned = new CopyRows("cycle_reviewer", "cycle_id, reviewer_id");
    private final CopyRows reviews = new CopyRows("review", "id, cycle_id, reviewer_id, status, comment, submitted_at, "
            + "updated_at");
    private final CopyRows ratings = new CopyRows("rating", "review_id, objective_id, rating");
    private Long previousFirstObjective;

    Terms(Connection c, Scale scale, LocalDate today, SplittableRandom random, List<String> perspectives) {
        this.c = c;
        this.scale = scale;
        this.today = today;
        this.random = random;
        this.perspectives = perspectives;
    }

    void add(long groupId, int seq, LocalDate start, LocalDate end, String label, long president, long metric0,
            long reviewer0) throws SQLException {
        long termId = CopyRows.reserve(c, "term", 1);
        boolean closed = end.plusDays(15).isBefore(today);
        terms.row(termId, groupId, president, seq, label, start, end, "APPROVED",
                closed ? instant(end.plusDays(15), 600) : null);
        if (seq == 1) {
            previousFirstObjective = null;
        }
        long objective0 = CopyRows.reserve(c, "objective", scale.objectives());
        long kpi0 = CopyRows.reserve(c, "kpi", (long) scale.objectives() * scale.kpis());
        long entry = CopyRows.reserve(c, "progress_entry", 2L * scale.objectives() * scale.kpis() * scale.weeks() + 1);
        for (int o = 0; o < scale.objectives(); o++) {
            long objectiveId = objective0 + o;
            objectives.row(objectiveId, termId, o + 1, "Objective " + (o + 1) + " of " + label,
                    5 + random.nextInt(21), perspectives.get(o % perspectives.size()),
                    o == 0 ? previousFirstObjective : null);
            for (int k = 0; k < scale.kpis(); k++) {
                long kpiId = kpi0 + (long) o * scale.kpis() + k;
                int m = (o * scale.kpis() + k + seq) % METRICS;
                boolean higher = m % 2 == 0;
                boolean sum = AGGREGATIONS[m % 3].equals("SUM");
                double baseline = 100;
                double target = sum ? 10.0 * Math.max(1, scale.weeks()) * (0.8 + 0.4 * random.nextDouble())
                        : higher ? 120 + 30 * random.nextDouble() : 60 + 30 * random.nextDouble();
                kpis.row(kpiId, objectiveId, metric0 + m, k + 1, sum ? null : decimal(baseline), decimal(target),
                        10 + random.nextInt(31));
                entry = entries(kpiId, entry, start, end, president, AGGREGATIONS[m % 3], baseline, target);
            }
        }
        previousFirstObjective = objective0;
        cycles(termId, start, end, objective0, reviewer0);
    }

    private long entries(long kpiId, long id, LocalDate start, LocalDate end, long president, String aggregation,
            double baseline, double target) {
        for (int w = 0; w < scale.weeks(); w++) {
            LocalDate asOf = start.plusDays(7L * w + 6);
            if (asOf.isAfter(end) || asOf.isAfter(today)) {
                break;
            }
            double r = random.nextDouble();
            double value = switch (aggregation) {
                case "SUM" -> target / scale.weeks() * (0.6 + 0.8 * r);
                case "LATEST" -> baseline + (target - baseline) * (w + 1) / scale.weeks() * (0.7 + 0.6 * r);
                default -> baseline + (target - baseline) * (0.5 + 0.7 * r);
            };
            int minute = 600 + random.nextInt(480);
            entries.row(id, kpiId, asOf, decimal(value), 1 + random.nextInt(5), null, president, instant(asOf, minute));
            if (random.nextInt(50) == 0) { // a correction the next day
                entries.row(id + 1, kpiId, asOf, decimal(value * 1.01), 3, id, president, instant(asOf, minute + 1440));
                id++;
            }
            id++;
        }
        return id;
    }

    private void cycles(long termId, LocalDate start, LocalDate end, long objective0, long reviewer0)
            throws SQLException {
        long cycle0 = CopyRows.reserve(c, "review_cycle", scale.cycles());
        long review = CopyRows.reserve(c, "review", (long) scale.cycles() * scale.reviewers());
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        for (int i = 1; i <= scale.cycles(); i++) {
            long cycleId = cycle0 + i - 1;
            boolean last = i == scale.cycles();
            LocalDate closes = last ? end.plusDays(13) : start.plusDays(days * i / scale.cycles());
            LocalDate opens = last ? end.minusDays(6) : closes.minusDays(13);
            cycles.row(cycleId, termId, last ? "Final review" : "Review " + i, opens, closes, last);
            for (int r = 0; r < scale.reviewers(); r++) {
                assigned.row(cycleId, reviewer0 + r);
                if (!closes.isBefore(today)) {
                    continue;
                }
                String at = instant(closes.minusDays(1), 600 + random.nextInt(480));
                reviews.row(review, cycleId, reviewer0 + r, "SUBMITTED", "Synthetic review.", at, at);
                for (int o = 0; o < scale.objectives(); o++) {
                    ratings.row(review, objective0 + o, Math.min(5, 2 + random.nextInt(4)));
                }
                review++;
            }
        }
    }

    /** Sends the rows collected so far, parents first, and adds their numbers to {@code counts}. */
    void flush(Map<String, Long> counts) throws SQLException {
        for (CopyRows rows : List.of(terms, objectives, kpis, entries, cycles, assigned, reviews, ratings)) {
            counts.merge(rows.table(), rows.flush(c), Long::sum);
        }
    }
}
