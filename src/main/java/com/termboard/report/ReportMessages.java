package com.termboard.report;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the executive report pages, their charts and CSV header rows, and the executive part of the dashboard
 * ({@code report:} in templates; messages/report_*.properties).
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    // Shared by the report pages
    String download_csv();

    String col_metric();

    String col_term();

    String col_cycle();

    String col_window();

    String col_submitted();

    String cycle_final();

    String submitted_of(int submitted, int assigned);

    String kpi_score();

    String coverage();

    String review_score();

    String composite();

    String continuity();

    String kpis_off_track();

    String trend_heading();

    String trend_caption();


    // The index
    String index_title();

    String index_groups();

    String index_presidents();

    String index_reviewers();

    String index_reviewers_link();

    String index_compare();

    String index_choose_terms();

    String index_compare_button();

    // Comparing terms
    String compare_title();

    String compare_heading(int count);

    String compare_deltas(String first);

    String compare_scores();

    String compare_score();

    String compare_metrics();

    String compare_no_kpis();

    String compare_not_measured();

    String compare_objectives();

    // A group's history
    String group_title(String code);

    String group_heading(String name, String code);

    String group_no_terms();

    String group_terms();

    String group_terms_caption();

    String group_metrics();

    String group_handovers();

    String group_handovers_intro();

    String group_handovers_none();

    String group_handovers_caption();

    String group_handover_date();

    String group_last_value();

    String group_first_value();

    String group_change();

    // A president's terms
    String president_heading(String name);

    String president_no_terms(String name);

    String president_terms();

    String president_terms_caption();

    // Reviewers
    String reviewers_title();

    String reviewers_heading();

    String reviewers_leniency();

    String reviewers_leniency_intro();

    String col_reviewer();

    String col_comparable_ratings();

    String col_leniency();

    String reviewers_completion();

    String col_completion();

    // Charts
    String chart_group_title(String code);

    String chart_president_title(String name);

    String chart_x_term();

    String chart_y_score();

    String series_kpi();

    String series_review();

    String series_composite();

    // CSV header rows, comma-separated, one name per column
    String csv_terms_header();

    String csv_metrics_header();

    String csv_reviewers_header();

    // Errors
    String reports_forbidden();

    String terms_choose(int min, int max);

    String terms_not_an_id(String id);

    String terms_twice(String id);

    String terms_count(int min, int max, int count);

    // The executive part of the dashboard (home/executive.html)
    String exec_current_terms();

    String exec_none_active();

    String exec_group();

    String exec_term();

    String exec_president();

    String exec_days_left();

    String exec_review_completion();

    String exec_plan();

    String exec_off_track(int count);

    String exec_none_off_track();

    String exec_all_reports();

    String exec_reviewers();

    String exec_approvals();

    // The comparison's reference term (?ref=)
    String ref_not_compared(String id);

    String index_reference();

    String index_reference_first();

    String compare_reference_button();
}
