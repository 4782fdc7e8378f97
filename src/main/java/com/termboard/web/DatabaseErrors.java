package com.termboard.web;

import java.sql.SQLException;

/** Recognises database refusals (constraints, an unreachable server) that are not our bugs. */
final class DatabaseErrors {

    record Classified(int status, String title, String detail) {
    }

    private DatabaseErrors() {
    }

    static Classified classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505") || state.equals("23P01")) {
                    return new Classified(409, Texts.msg().error_conflict(), Texts.msg().detail_duplicate());
                }
                if (state.startsWith("23")) {
                    return new Classified(409, Texts.msg().error_conflict(), Texts.msg().detail_integrity());
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                    return new Classified(503, Texts.msg().error_unavailable(), Texts.msg().detail_database_down());
                }
            }
        }
        return null;
    }
}
