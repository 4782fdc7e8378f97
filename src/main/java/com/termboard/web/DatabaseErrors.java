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
                    return new Classified(409, "Conflict", "This would duplicate or overlap an existing record.");
                }
                if (state.startsWith("23")) {
                    return new Classified(409, "Conflict", "This change breaks a rule of the data: "
                            + "a referenced record is missing or still in use.");
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                    return new Classified(503, "Service unavailable",
                            "The database cannot be reached right now. Try again in a moment.");
                }
            }
        }
        return null;
    }
}
