package com.termboard.group;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the business groups and their term timelines ({@code group:} in templates; messages/group_*.properties). */
@MessageBundle(value = "group", locale = "en")
public interface GroupMessages {

    String groups_title();

    String groups_heading();

    String units_count(int count);

    String term_months(int months);

    String inactive();

    String now();

    String until(String date);

    String no_groups();

    String units_heading();

    String no_units();

    String terms_heading();

    String gaps(long count);

    String col_term();

    String col_president();

    String col_dates();

    String col_status();

    String col_plan();

    String gap_row(long days, String from, String to);

    String plan_link();

    String no_terms();

    String add_term_heading();

    String president();

    String start();

    String end_optional();

    String label_optional();

    String add_term_button();

    String rotation_heading();

    String roster();

    String roster_example();

    String first_start();

    String term_count();

    String generate_button();

    String available_presidents();

    String edit_heading();

    String name();

    String term_length();

    String description();

    String units_one_per_line();

    String save_button();

    String term_added(String label);

    String rotation_added(int count);

    String group_saved();

    String no_group(String code);

    String json_body_needed();

    String group_exists(String code);

    String code_rule();

    String at_most_units(int max);

    String unit_needs_name();

    String unit_named_once();
}
