package com.termboard.review;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of review cycles and reviews: the cycle pages, the scoring form and the rules' messages ({@code review:} in
 * templates; messages/review_*.properties).
 */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {

    String cycles_title();

    String cycles_choose();

    String cycles_choose_admin();

    String col_group();

    String col_term();

    String col_president();

    String col_dates();

    String col_status();

    String col_cycle();

    String col_window();

    String col_final();

    String col_state();

    String col_reviewers();

    String col_reviewer();

    String col_submitted_at();

    String col_reopen();

    String col_objective();

    String col_weight();

    String col_you();

    String col_kpi();

    String col_baseline();

    String col_target();

    String col_actual();

    String col_attainment();

    String col_pace();

    String term_cycles_title(String group, String label);

    String term_cycles_heading(String group, String label);

    String term_cycles_none();

    String final_label();

    String state_upcoming();

    String state_open();

    String state_closed();

    String new_cycle_heading();

    String field_name();

    String name_placeholder();

    String field_opens_on();

    String field_closes_on();

    String window_hint(String start, String end);

    String final_checkbox();

    String reviewers_legend();

    String previous_president_conflict();

    String create_button();

    String window(String opens, String closes);

    String your_review();

    String completion_heading();

    String completion_counts(long submitted, long drafts, long notStarted);

    String conflict_of_interest();

    String status_not_started();

    String status_draft();

    String status_submitted();

    String badge_not_started();

    String badge_draft();

    String badge_submitted();

    String reason_label();

    String reopen_button();

    String review_title(String cycle);

    String review_heading(String cycle, String group, String label);

    String weight(int weight);

    String your_rating();

    String rating_1();

    String rating_2();

    String rating_3();

    String rating_4();

    String rating_5();

    String comment_on_objective();

    String optional();

    String overall_comment();

    String draft_hint();

    String confirm_label();

    String save_draft_button();

    String submit_button();

    String ratings_submitted();

    String ratings_heading();

    String others_hidden();

    String your_overall_comment();

    String no_others();

    String kpis_today();

    String kpis_none();

    String no_data();

    String only_readers();

    String only_admin();

    String only_reviewers();

    String form_attention();

    String cycle_created(String name);

    String reopened(String name);

    String no_review(Long id);

    String no_cycle(Long id);

    String date_format();

    String term_closed();

    String closes_before_opens();

    String opens_before_term(String start);

    String after_latest(String latest);

    String final_exists();

    String name_exists(String name);

    String reopen_not_submitted();

    String reviewers_none();

    String reviewers_too_many();

    String reviewers_not_accepted(String problems);

    String reviewer_bad_name();

    String reviewer_twice(String name);

    String reviewer_unknown(String name);

    String reviewer_not_reviewer(String name);

    String reviewer_presides(String name);

    String choose_rating();

    String rate_to_submit();

    String tick_confirm();

    String submitted_thanks();

    String draft_saved();

    String not_assigned();

    String term_closed_reviews();

    String opens_on(String date);

    String closed_on(String date);

    String review_locked();

    String review_changed(long version, long sent);

    String too_many_ratings();

    String objective_not_of_term(Long id);

    String objective_twice(Long id);

    String no_objectives();

    String rate_objective(Long id, String title);

    String review_about(String president, String group);
}
