package com.termboard.group;

import com.termboard.term.Term;
import com.termboard.term.TermStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A group's terms in date order with the gaps between them made visible. */
public record Timeline(List<Row> rows) {

    /** A term, or a gap when {@code term} is null. */
    public record Row(Term term, TermStatus status, LocalDate gapFrom, LocalDate gapTo, long gapDays) {
        public boolean isGap() {
            return term == null;
        }
    }

    public static Timeline of(List<Term> terms, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        Term previous = null;
        for (Term t : terms) {
            if (previous != null && t.startDate.isAfter(previous.endDate.plusDays(1))) {
                LocalDate from = previous.endDate.plusDays(1);
                LocalDate to = t.startDate.minusDays(1);
                rows.add(new Row(null, null, from, to, ChronoUnit.DAYS.between(from, to) + 1));
            }
            rows.add(new Row(t, t.status(today), null, null, 0));
            previous = t;
        }
        return new Timeline(rows);
    }

    public long gaps() {
        return rows.stream().filter(Row::isGap).count();
    }
}
