package com.termboard.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts shared by every page: the layout, errors, validation and formats ({@code msg:} in templates). The English
 * texts are in messages/msg_en.properties, the Chinese ones in msg_zh_CN.properties; each feature has its own bundle.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // Layout
    String app_name();

    String app_tagline();

    String nav_main();

    String nav_dashboard();

    String nav_groups();

    String nav_reports();

    String nav_cycles();

    String nav_approvals();

    String printed_at(String time);

    String nav_admin();

    String logout();

    String language();

    String lang_en();

    String lang_zh();

    String lang_unknown(String tag);

    String back_to_dashboard();

    // Formats
    String no_data();

    String pace_no_data();

    String points(String delta);

    String pace_on_track();

    String pace_at_risk();

    String pace_off_track();

    // Errors (problem+json titles and details, the error page)
    String error_not_found();

    String error_forbidden();

    String error_conflict();

    String error_invalid();

    String error_bad_request();

    String error_unavailable();

    String error_internal();

    String error_not_logged_in();

    String error_too_many_logins();

    String error_method_not_allowed();

    String error_not_acceptable();

    String error_too_large();

    String error_unsupported_type();

    String error_uri_too_long();

    String detail_too_many_logins();

    String detail_session_ended();

    String detail_invalid_fields();

    String detail_not_allowed();

    String detail_csrf();

    String detail_cross_site_login();

    String detail_wrong_type();

    String detail_not_json();

    String detail_stale();

    String detail_simultaneous();

    String detail_nothing_here();

    String detail_internal();

    String detail_log_in();

    String detail_bad_credentials();

    String detail_duplicate();

    String detail_integrity();

    String detail_database_down();

    String detail_unknown_user();

    String detail_idempotency_reused();

    String detail_too_large();

    String detail_uri_too_long();

    String detail_nul();

    String detail_out_of_range();

    String detail_bad_back();

    // Validation
    String required();

    String error_summary_heading();

    String at_most_chars(int max);

    String bad_characters();

    String between(int min, int max);

    String whole_number();

    String choose_from_list();

    String decimal_number();

    String iso_date();
}
