package com.termboard.user;

import java.util.List;

/** A user as the API shows it: never the password. */
public record UserView(Long id, String username, String displayName, List<String> roles, boolean active) {

    public static UserView of(User user) {
        return new UserView(user.id, user.username, user.displayName, List.copyOf(user.roles), user.active);
    }
}
