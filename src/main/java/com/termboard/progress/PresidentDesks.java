package com.termboard.progress;

import com.termboard.read.ReadModel;
import com.termboard.scoring.KpiInput;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.ObjectiveInput;
import com.termboard.scoring.PaceStatus;
import com.termboard.scoring.ProgressPoint;
import com.termboard.scoring.Scoring;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.system.TermboardConfig;
import com.termboard.term.Term;
import com.termboard.user.User;
import com.termboard.web.render.Display;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The president's part of the dashboard: the term they enter progress for now and the KPIs that need them. */
@ApplicationScoped
public class PresidentDesks {

    /** Days without an entry after which a KPI is listed as waiting for one. */
    static final int STALE_DAYS = 30;

    /** A KPI on the desk; {@code lastAsOf} is the as-of date of its newest entry that counts, null if none. */
    public record KpiLine(long kpiId, String metric, String objective, BigDecimal attainment, PaceStatus status,
            LocalDate lastAsOf) {

        public String attainmentText() {
            return Display.percent(attainment);
        }

        public String lastAsOfText() {
            return Display.date(lastAsOf);
        }

        public String statusKey() {
            return status == null ? "NONE" : status.name();
        }

        public String statusLabel() {
            return Display.pace(status);
        }
    }

    /** The term open for entry (active, or ended within the grace days), its KPIs worst first and the stale ones. */
    public record Desk(long termId, String groupCode, String label, LocalDate startDate, LocalDate endDate,
            boolean ended, long daysLeft, LocalDate entryUntil, BigDecimal elapsed, List<KpiLine> kpis,
            List<KpiLine> stale) {
    }

    @Inject
    ReadModel reads;

    @Inject
    TermboardConfig config;

    public Optional<Desk> of(User president, LocalDate today) {
        int grace = config.progress().graceDays();
        Optional<Term> open = Term.ofPresident(president).stream()
                .filter(t -> t.closedAt == null && !today.isBefore(t.startDate)
                        && !today.isAfter(ProgressRules.lastEntryDay(t, grace)))
                .max(Comparator.comparing(t -> t.startDate));
        return open.map(t -> desk(t, today, grace));
    }

    private Desk desk(Term term, LocalDate today, int grace) {
        TermInput input = reads.inputs(List.of(term.id)).get(term.id);
        TermScore score = reads.scoring().score(input, today);
        LocalDate ref = score.referenceDate();
        Map<Long, KpiScore> scores = new HashMap<>();
        score.objectives().forEach(o -> o.kpis().forEach(k -> scores.put(k.kpiId(), k)));
        List<KpiLine> lines = new ArrayList<>();
        for (ObjectiveInput o : input.objectives()) {
            for (KpiInput k : o.kpis()) {
                KpiScore s = scores.get(k.id());
                LocalDate last = Scoring.effectiveEntries(k, ref).stream().map(ProgressPoint::asOf)
                        .max(Comparator.naturalOrder()).orElse(null);
                lines.add(new KpiLine(k.id(), k.metric(), o.title(), s.attainment(), s.status(), last));
            }
        }
        List<KpiLine> worstFirst = lines.stream().sorted(Comparator.comparingInt(PresidentDesks::urgency)).toList();
        LocalDate freshFrom = today.minusDays(STALE_DAYS);
        List<KpiLine> stale = lines.stream().filter(l -> l.lastAsOf() == null || !l.lastAsOf().isAfter(freshFrom))
                .toList();
        boolean ended = today.isAfter(term.endDate);
        return new Desk(term.id, term.group.code, term.label, term.startDate, term.endDate, ended,
                Math.max(0, ChronoUnit.DAYS.between(today, term.endDate)), ProgressRules.lastEntryDay(term, grace),
                score.elapsed(), worstFirst, stale);
    }

    /** Off track, then at risk, then no data yet, then on track. */
    private static int urgency(KpiLine line) {
        if (line.status() == null) {
            return 2;
        }
        return switch (line.status()) {
            case OFF_TRACK -> 0;
            case AT_RISK -> 1;
            case ON_TRACK -> 3;
        };
    }
}
