package com.termboard.handover;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the handover page, its refusals and flash messages, and the handovers of the executive dashboard
 * ({@code handover:} in templates; messages/handover_*.properties).
 */
@MessageBundle(value = "handover", locale = "en")
public interface HandoverMessages {

    // The handover page
    String page_title(String group, String label);

    String crumb();

    String heading(String group, String label);

    String from(String president, String start, String end);

    String to_next(String president, String label);

    String no_next_term();

    String window_notice(String date);

    String final_numbers();

    String numbers_so_far();

    String as_of(String date);

    String final_scorecard_link();

    String scorecard_link();

    String kpi_score();

    String numbers_rest(String coverage, String continuity);

    String col_objective_kpi();

    String col_weight();

    String col_baseline();

    String col_target();

    String col_actual();

    String col_attainment();

    String col_status();

    String coverage(String coverage);

    String note_heading();

    String written_by(String name);

    String someone();

    String note_label();

    String recommendation_heading();

    String none_yet();

    String carry_over();

    String close();

    String save_note();

    String no_note();

    String decisions_heading();

    String decided_count(long decided, int total);

    String next_not_draft(String label);

    String recommended();

    String decision_label();

    String carried_over();

    String dropped();

    String decided_by(String name);

    String into();

    String decision();

    String choose();

    String drop();

    String weight_label();

    String reason_label();

    String decide();

    String not_decided();

    // Flash messages
    String note_saved();

    String decision_saved();

    // Refusals
    String forbidden_read();

    String forbidden_write();

    String forbidden_decide();

    String no_next_term_conflict();

    String choose_objective_of_term(String label);

    String choose_decision();

    String already_dropped(String title, String user);

    String already_carried_over(String title, String user);

    String carry_into_closed(String label);

    String carry_into_not_draft(String label, String status);

    String carry_duplicate(String title, String label);

    String nothing_to_undo(String title);

    String undo_not_draft(String title, String label);

    String undo();

    /** The question before an undo; a carry-over's names the plan its copy leaves. */
    String confirm_undo(String title, String label, boolean carried);

    String decision_undone();

    String status_submitted();

    String status_approved();

    String choose_objective();

    String objective_twice();

    String choose_recommendation();

    String term_closed();

    String note_opens_on(String date, int days);

    String decisions_open_on(String date, int days);

    String json_body_needed();

    // The handovers of the executive dashboard (home/handovers.html, home/handoverTable.html)
    String desk_heading();

    String desk_due(int days);

    String desk_none_due(int days);

    String desk_done();

    String desk_none_done();

    String desk_group();

    String desk_term();

    String desk_from_to();

    String desk_ends();

    String desk_note();

    String desk_recommended();

    String desk_decided();

    String desk_status();

    String desk_days_left(long days);

    String desk_written();

    String desk_not_yet();

    String desk_complete();

    String desk_open();
}
