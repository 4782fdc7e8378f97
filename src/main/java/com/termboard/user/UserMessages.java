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
}
