package com.termboard.home;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the dashboard: the greeting, the president's desk and the reviewer's cycles ({@code home:} in templates;
 * messages/home_*.properties). The executive's and the handover sections have their own texts.
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    String home_title();

    String greeting(String name);

    String today(String date);

    String desk_heading_active(String group, String label);

    String desk_heading_ended(String group, String label);

    String desk_ended(String date);

    String days_left(long days);

    String desk_elapsed(String elapsed);

    String enter_progress();

    String desk_no_kpis();

    String desk_kpis_heading();

    String col_kpi();

    String col_objective();

    String col_attainment();

    String col_pace();

    String col_last_entry();

    String stale_heading();

    String stale_none();

    String stale_last(String date);

    String stale_never();

    String your_terms();

    String no_terms();

    String col_group();

    String col_term();

    String col_dates();

    String col_status();

    String col_plan();

    String col_pages();

    String col_task();

    String no_task();

    String cycles_heading();

    String cycles_none();

    String open_heading();

    String open_none();

    String col_cycle();

    String col_closes();

    String col_your_review();

    String col_window();

    String last_day();

    String one_day_left();

    String status_not_started();

    String status_draft();

    String status_submitted();

    String status_draft_not_submitted();

    String continue_review();

    String start_review();

    String review_target(String group, String label, String cycle);

    String upcoming_heading();

    String upcoming_line(String cycle, String group, String label, String opens);

    String upcoming_in_days(long days);

    String upcoming_closes(String closes);

    String done_heading();
}
