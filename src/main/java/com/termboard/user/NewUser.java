package com.termboard.user;

import java.util.List;

/** The body of {@code POST /api/users} and of the admin's user form; {@code email} may be left out. */
public record NewUser(String username, String displayName, String password, List<String> roles, String email) {
}
