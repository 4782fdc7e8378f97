package com.termboard.scorecard;

import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;

/**
 * Texts of the term scorecard, the term summary table of the reports, the scorecard CSV and the term and plan status
 * words ({@code score:} in templates; messages/score_*.properties).
 */
@MessageBundle(value = "score", locale = "en")
public interface ScorecardMessages {

    // The scorecard page
    String scorecard_title(String group, String label);

    String plan_badge(String status);

    String scored_as_of(String date, String elapsed);

    String download_csv();

    String group_history();

    String scores_label();

    String composite();

    String composite_formula(BigDecimal k, BigDecimal reviewShare);

    String composite_needs_both();

    String composite_hidden();

    String kpi_score();

    String coverage_note(String coverage);

    String review_score();

    String review_from_cycle(String cycle);

    String review_none();

    String review_hidden_until(String cycle, String date);

    String review_hidden_to_review(String cycle, String date);

    String continuity();

    String continuity_note();

    String objectives_heading();

    String objectives_none();

    String objective_meta(int weight, String kpiScore, String coverage);

    String col_metric();

    String col_weight();

    String col_baseline();

    String col_target();

    String col_actual();

    String col_attainment();

    String col_status();

    String col_entries();

    String col_progress();

    String reviews_heading();

    String reviews_none();

    String col_cycle();

    String col_window();

    String col_submitted();

    String col_review_score();

    String cycle_final();

    String submitted_of(int submitted, int assigned);

    String review_hidden();

    String review_hidden_closes();

    String hidden_short();

    String per_objective_heading();

    String col_objective();

    String disagreement();

    String comments_heading();

    String sparkline_title(String metric, int count);

    // The term summary table (tags/termSummaryTable.html)
    String summary_term();

    String summary_president();

    String summary_dates();

    String summary_status();

    String summary_kpi_score();

    String summary_coverage();

    String summary_review_score();

    String summary_composite();

    String summary_continuity();

    String summary_off_track();

    // Term and plan statuses

    // The scorecard CSV: the header row, comma-separated, one name per column
    String csv_header();

    // Errors
    String as_of_invalid();
}
