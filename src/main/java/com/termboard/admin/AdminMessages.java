package com.termboard.admin;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin pages and the audit log ({@code admin:} in templates; messages/admin_*.properties). */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    String admin_title();

    String admin_heading();

    String audit_link();

    String groups_link();

    String api_link();

    String users_heading();

    String username();

    String name();

    String roles();

    String active();

    String yes();

    String no();

    String add_user_heading();

    String password_hint();

    String add_user_button();

    String groups_heading();

    String add_group_heading();

    String code();

    String group_code_example();

    String term_months();

    String description();

    String units_one_per_line();

    String add_group_button();

    String metrics_heading();

    String unit();

    String direction();

    String aggregation();

    String add_metric_heading();

    String metric_code_example();

    String add_metric_button();

    String user_created();

    String email();

    String email_of(String username);

    String save_email();

    String email_saved(String username);

    String group_created();

    String metric_added();

    String audit_title();

    String entity();

    String id();

    String filter_button();

    String col_when();

    String col_who();

    String col_action();

    String col_detail();

    String col_changes();

    String no_changes();

    String newer();

    String older();

    String audit_pages();

    String no_entries();

    String users_link();

    String groups_short_link();

    String metrics_link();

    String rotations_link();
}
