package com.termboard.notify;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of notifications, the bell, {@code /notifications} and the e-mails ({@code notify:} in templates). */
@MessageBundle(value = "notify", locale = "en")
public interface NotifyMessages {

    // What each notification says
    String reviewer_assigned(String group, String term, String cycle, String date);

    String plan_submitted(String person, String group, String term);

    String plan_approved(String group, String term);

    String plan_sent_back(String group, String term, String reason);

    String review_reopened(String group, String term, String cycle, String reason);

    String handover_note_written(String group, String term);

    String review_due(String group, String term, String cycle, String date);

    String progress_due_one(String group, String term);

    String progress_due(String group, String term, int count);

    String handover_due(String group, String term, String date);

    String plan_draft(String group, String term, String date);

    // The bell and the list
    String bell(long count);

    String bell_none();

    String title();

    String heading();

    String none();

    String unread();

    String open();

    String mark_read();

    String mark_all_read();

    String marked_read();

    String all_marked_read();

    String reminder();

    String event();

    String received(String time);

    String preferences_link();

    String no_notification(long id);

    // E-mails
    String mail_subject_one(String title);

    String mail_subject_digest(int count);

    String mail_greeting(String name);

    String mail_intro_one();

    String mail_intro_digest(int count);

    String mail_open();

    String mail_preferences();

    String mail_footer();
}
