package com.termboard.web.errors;

import com.termboard.web.i18n.Texts;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/** Recognises database refusals (constraints, concurrent changes, an unreachable server) that are not our bugs. */
public final class DatabaseErrors {

    /** Seconds a client should wait before trying again while the database is unreachable. */
    public static final String RETRY_AFTER = "5";

    record Classified(int status, String title, String detail) {
    }

    private DatabaseErrors() {
    }

    static Classified classify(Throwable e) {
        if (isUnavailable(e)) {
            return new Classified(503, Texts.msg().error_unavailable(), Texts.msg().detail_database_down());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505") || state.equals("23P01")) {
                    return new Classified(409, Texts.msg().error_conflict(), Texts.msg().detail_duplicate());
                }
                if (state.startsWith("23")) {
                    return new Classified(409, Texts.msg().error_conflict(), Texts.msg().detail_integrity());
                }
                if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                    return new Classified(409, Texts.msg().error_conflict(), Texts.msg().detail_simultaneous());
                }
            }
        }
        return null;
    }

    /**
     * True when {@code e} says that the database cannot be reached: no connection could be made or borrowed in
     * time (SQLState class 08, a pool's acquisition timeout, a refused socket, a socket that timed out on a stalled
     * server), the server is shutting down or starting (57P01..57P03), or it cancelled a statement that ran past
     * statement_timeout (57014): an overloaded or blocked database, worth trying again later, not our bug.
     */
    public static boolean isUnavailable(Throwable e) {
        return isUnavailable(e, 0);
    }

    /** Causes and suppressed exceptions too: a failed commit carries the driver's error as a suppressed one. */
    private static boolean isUnavailable(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
            if (says(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isUnavailable(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean says(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03") || state.equals("57014"))) {
                return true;
            }
            // Agroal's "Sorry, acquisition timeout!" and "Acquisition timeout while waiting for new connection"
            // (a connection being opened to a stalled server) carry no SQLState.
            String message = sql.getMessage();
            return state == null && message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
