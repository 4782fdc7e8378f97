package com.termboard.plan;

import com.termboard.term.PlanStatus;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of a term's plan and its approval ({@code plan:} in templates; messages/plan_*.properties). */
@MessageBundle(value = "plan", locale = "en")
public interface PlanMessages {

    String plan_title();

    String president_label();

    String sent_back(String note);

    String weights_heading();

    String objective_weights();

    String of_100();

    String nothing_blocks();

    String what_blocks();

    String submit_blocked();

    String submit_button();

    String approve_button();

    String reason_label();

    String reject_button();

    String title_label();

    String weight_label();

    String perspective();

    String continues_label();

    String new_objective_option();

    String description();

    String save_objective();

    String move_up();

    String move_down();

    String delete_objective();

    /** Asked in the browser before an objective is deleted. */
    String confirm_delete_objective(String title);

    String continues_line(String title);

    String kpis_heading();

    String kpi_weights();

    String of_100_short();

    String no_kpi_yet();

    String save();

    String delete_kpi(String code);

    /** Asked in the browser before a KPI is deleted. */
    String confirm_delete_kpi(String code, String title);

    String kpi_baseline();

    String kpi_target();

    String kpi_weight();

    String add_kpi();

    String add_objective_heading();

    String add_objective_button();

    String metric();

    String choose_option();

    String baseline();

    String target();

    String objective_added();

    String objective_saved();

    String objective_deleted();

    String objective_moved();

    String kpi_added();

    String kpi_saved();

    String kpi_deleted();

    String plan_submitted();

    String plan_approved();

    String plan_rejected();

    String no_objective_in_term(long id);

    String no_kpi_in_term(long id);

    String no_objective(long id);

    String no_kpi(long id);

    String json_body_needed();

    String objective_has_records(String title);

    String kpi_has_entries(String metric);

    String choose_perspective(String perspectives);

    String continues_previous_only();

    String no_metric(String code);

    String target_differs();

    String too_large();

    String at_most_decimals(int max);

    String version_required();

    String stale_objective(long current, long sent);

    String stale_kpi(long current, long sent);

    String only_president_submits();

    String cannot_submit_yet(String blockers);

    String only_approver();

    String term_closed();

    String plan_state(PlanStatus status);

    String cannot_submit(String state);

    String cannot_approve(String state);

    String cannot_reject(String state);

    String plan_closed();

    String only_president_changes();

    String plan_locked(String state);

    String blocker_no_objective();

    String blocker_objective_weights(int total);

    String blocker_no_kpi(String title);

    String blocker_kpi_weights(String title, int total);

    String blocker_target_is_baseline(String metric, String title);

    // The list of plans awaiting approval (/approvals)
    String approvals_title();

    String approvals_intro();

    String approvals_none();

    String col_group();

    String col_term();

    String col_president();

    String col_dates();

    String col_submitted();

    String col_decide();

    String review_plan();
}
