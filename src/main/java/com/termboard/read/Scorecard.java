package com.termboard.read;

import com.termboard.scoring.ProgressPoint;
import java.util.List;
import java.util.Map;

/**
 * A term's scorecard: the numbers as the API shows them, the header of the term, the cycle that gave the review
 * score, and each KPI's counting entries (oldest first) for its sparkline.
 */
public record Scorecard(ScorecardView view, TermHeader header, Long reviewCycleId,
        Map<Long, List<ProgressPoint>> entries) {
}
