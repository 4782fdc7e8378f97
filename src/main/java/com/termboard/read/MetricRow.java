package com.termboard.read;

import com.termboard.scoring.KpiInput;
import com.termboard.scoring.KpiScore;
import com.termboard.scoring.PaceStatus;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric across several terms: one cell per term (null when the term has no KPI on that metric), so that rows
 * line up by metric code. A term with two KPIs on one metric gives a second row, "CODE #2".
 */
public record MetricRow(String metric, List<Cell> cells) {

    /** A term's KPI on the metric; {@code delta} is its attainment minus the first term's, when both exist. */
    public record Cell(long term, long kpi, BigDecimal actual, BigDecimal attainment, PaceStatus status,
            BigDecimal delta) {
    }

    /** The rows for the given terms, in the order metrics first appear; inputs and scores keyed by term id. */
    public static List<MetricRow> align(List<Long> termIds, Map<Long, TermInput> inputs, Map<Long, TermScore> scores) {
        Map<String, Cell[]> rows = new LinkedHashMap<>();
        for (int t = 0; t < termIds.size(); t++) {
            long termId = termIds.get(t);
            TermInput input = inputs.get(termId);
            TermScore score = scores.get(termId);
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < input.objectives().size(); i++) {
                List<KpiInput> kpis = input.objectives().get(i).kpis();
                for (int j = 0; j < kpis.size(); j++) {
                    KpiInput k = kpis.get(j);
                    KpiScore s = score.objectives().get(i).kpis().get(j);
                    int n = seen.merge(k.metric(), 1, Integer::sum);
                    String key = n == 1 ? k.metric() : k.metric() + " #" + n;
                    Cell[] cells = rows.computeIfAbsent(key, x -> new Cell[termIds.size()]);
                    cells[t] = new Cell(termId, k.id(), s.actual(), s.attainment(), s.status(), null);
                }
            }
        }
        List<MetricRow> result = new ArrayList<>();
        rows.forEach((metric, cells) -> {
            BigDecimal first = cells[0] == null ? null : cells[0].attainment();
            List<Cell> withDeltas = new ArrayList<>();
            for (Cell c : cells) {
                withDeltas.add(c == null ? null : new Cell(c.term(), c.kpi(), c.actual(), c.attainment(), c.status(),
                        ReadModel.minus(c.attainment(), first)));
            }
            result.add(new MetricRow(metric, withDeltas));
        });
        return result;
    }

    /** The same rows with each cell's delta against the cell of the term at {@code ref} instead of the first. */
    public static List<MetricRow> against(List<MetricRow> rows, int ref) {
        List<MetricRow> result = new ArrayList<>();
        for (MetricRow row : rows) {
            Cell base = row.cells().get(ref);
            BigDecimal reference = base == null ? null : base.attainment();
            List<Cell> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                cells.add(c == null ? null : new Cell(c.term(), c.kpi(), c.actual(), c.attainment(), c.status(),
                        ReadModel.minus(c.attainment(), reference)));
            }
            result.add(new MetricRow(row.metric(), cells));
        }
        return result;
    }
}
