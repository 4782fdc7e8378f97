package com.termboard.user;

import io.quarkus.qute.i18n.MessageBundle;

/** Texts of logging in and of user accounts ({@code user:} in templates; messages/user_*.properties). */
@MessageBundle(value = "user", locale = "en")
public interface UserMessages {

    String login_title();

    String login_heading();

    String login_failed();

    String login_locked();

    String login_locked_for(long minutes);

    String logged_out();

    String logout_heading();

    String logout_question();

    String username();

    String password();

    String login_button();

    String demo_hint();

    String username_rule();

    String password_rule();

    String password_too_long();

    String roles_required();

    String roles_rule();

    String username_taken(String username);

    String no_user(String username);

    String email_rule();

    String language_rule();

    // The preferences page /me
    String prefs_title();

    String prefs_intro();

    String prefs_language();

    String prefs_email();

    String prefs_email_note();

    String prefs_email_notifications();

    String prefs_digest();

    String prefs_save();

    String prefs_saved();

    String prefs_notifications_link();

    String prefs_email_off_site();
}
