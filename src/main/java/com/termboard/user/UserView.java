package com.termboard.user;

import java.util.List;

/** A user as the API shows it: never the password. {@code email} is null without an address. */
public record UserView(Long id, String username, String displayName, List<String> roles, boolean active,
        String email, String language) {

    public static UserView of(User user) {
        return new UserView(user.id, user.username, user.displayName, List.copyOf(user.roles), user.active,
                user.email, user.language);
    }
}
