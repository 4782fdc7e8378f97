package com.termboard.user;

/** The roles of SPEC.md "Users"; a user may hold several. */
public enum Role {
    ADMIN,
    EXECUTIVE,
    PRESIDENT,
    REVIEWER;

    /** Role names as strings, for {@code @RolesAllowed}. */
    public static final String ADMIN_ = "ADMIN";
    public static final String EXECUTIVE_ = "EXECUTIVE";
    public static final String PRESIDENT_ = "PRESIDENT";
    public static final String REVIEWER_ = "REVIEWER";
}
