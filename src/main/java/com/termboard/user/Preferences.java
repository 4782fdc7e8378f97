package com.termboard.user;

/**
 * What a user chooses for themselves ({@code GET}/{@code PUT /api/me/preferences}, the page {@code /me}): the
 * language of pages and e-mails ("en" or "zh-CN"), the e-mail address (null: none), whether notifications come by
 * e-mail too, and whether the daily reminders come as one digest.
 */
public record Preferences(String language, String email, Boolean emailNotifications, Boolean digest) {

    public static Preferences of(User user) {
        return new Preferences(user.language, user.email, user.emailNotifications, user.digest);
    }
}
