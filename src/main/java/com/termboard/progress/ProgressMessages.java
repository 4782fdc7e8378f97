package com.termboard.progress;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of progress entry: the progress page, the CSV import and the rules' messages ({@code progress:} in
 * templates; messages/progress_*.properties).
 */
@MessageBundle(value = "progress", locale = "en")
public interface ProgressMessages {

    String page_title(String group, String label);

    String page_heading(String group, String label);

    String page_plan();

    String page_as_of(String date, String elapsed);

    String page_scorecard();

    String table_caption();

    String table_caption_enter();

    String col_kpi();

    String col_unit();

    String col_baseline();

    String col_target();

    String col_actual();

    String col_attainment();

    String col_pace();

    String col_as_of();

    String col_value();

    String col_confidence();

    String col_comment();

    String col_entered_by();

    String col_entered_at();

    String col_state();

    String label_as_of(String metric);

    String label_value(String metric, String unit);

    String label_confidence(String metric);

    String label_comment(String metric);

    String corrects_entry(String date, String value);

    String cancel();

    String save_button();

    String save_hint();

    String import_heading();

    String import_file_label();

    String import_columns();

    String import_format();

    String import_template();

    String import_hint_example();

    String import_example(String date);

    String import_hint_rule();

    String import_button();

    String history_heading();

    String history_entries(int count);

    String history_none();

    String superseded_by(Long id);

    String correct_link();

    String corrects(Long id);

    String refusal_not_president();

    String refusal_closed(String label);

    String refusal_plan(String label, String status);

    String refusal_not_started(String label, String start);

    String refusal_ended(String label, String end, String last, int days);

    String as_of_outside(String start, String end);

    String as_of_future(String today);

    /** The value of a KPI whose metric sums its entries is the period's amount. */
    String sum_hint();

    /** Beside a value 10× or more away from the KPI's last entry; the form asks to confirm it. */
    String far_off_value(String value, String metric, String last, String date);

    String far_off_confirm();

    String far_off_detail();

    String not_a_number_form();

    String not_a_number();

    String not_a_date();

    String not_a_whole_number();

    String not_a_kpi();

    String value_too_large();

    String too_many_decimals();

    String entry_not_of_kpi(long id);

    String entry_corrected(long id);

    String entry_corrected_by(long id, long by);

    String enter_one_value();

    String saved_one();

    String saved_many(int count);

    String already_saved();

    String imported_one();

    String imported_many(int count);

    String already_imported();

    String choose_file();

    String not_utf8();

    String import_refused();

    String import_line(long line);

    String import_line_metric(long line, String metric);

    String import_file();

    String import_bad_header();

    String import_too_many(int max);

    String import_unreadable(String reason);

    String import_no_rows();

    String import_ambiguous(String metric);

    String import_unknown_metric(String metric);

    String no_entry(long entry, long kpi);

    String no_kpi(long id);
}
