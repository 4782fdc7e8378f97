package com.termboard.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which database failures are the user's conflict (409), which mean "come back later" (503), which are bugs. */
@QuarkusTest // the refusals carry texts of the message bundles
class DatabaseErrorsTest {

    static Integer status(Throwable e) {
        DatabaseErrors.Classified c = DatabaseErrors.classify(e);
        return c == null ? null : c.status();
    }

    @Test
    void anUnreachableDatabaseIs503() {
        assertEquals(503, status(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused.", "08001"))));
        assertEquals(503, status(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertEquals(503, status(new SQLException("the database system is starting up", "57P03")));
        assertEquals(503, status(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(503, status(new SQLTransientConnectionException("pool exhausted")));
        assertEquals(503, status(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void aStalledOrOverloadedDatabaseIs503() {
        // The driver's socket timeout on a server that answers nothing, as Hibernate wraps it.
        assertEquals(503, status(new JDBCConnectionException("could not execute statement", new SQLException(
                "An I/O error occurred while sending to the backend.", "08006",
                new SocketTimeoutException("Read timed out")))));
        // A statement the server cancelled at statement_timeout.
        assertEquals(503, status(new org.hibernate.QueryTimeoutException("could not execute query",
                new SQLException("canceling statement due to statement timeout", "57014"), "SELECT")));
        assertEquals(503, status(new SQLException("Connection attempt timed out.", "08001")));
        // Agroal, while a new connection to a stalled server is being opened; as Hibernate and login wrap it.
        assertEquals(503, status(new io.quarkus.security.AuthenticationFailedException(
                new org.hibernate.exception.GenericJDBCException("Unable to acquire JDBC Connection",
                        new SQLException("Acquisition timeout while waiting for new connection")))));
    }

    @Test
    void aCommitCutShortByTheServersDeathIs503() {
        // Narayana's RollbackException carries the driver's error as a suppressed XAException's cause.
        RuntimeException commit = new RuntimeException(new IllegalStateException("ARJUNA016053: Could not commit"));
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to commit");
        xa.initCause(new SQLException("terminating connection due to unexpected postmaster exit", "57P01"));
        commit.getCause().addSuppressed(xa);
        assertEquals(503, status(commit));
    }

    @Test
    void concurrentChangesAndBrokenRulesAre409() {
        assertEquals(409, status(new SQLException("duplicate key", "23505")));
        assertEquals(409, status(new SQLException("foreign key", "23503")));
        assertEquals(409, status(new SQLException("deadlock detected", "40P01")));
        assertEquals(409, status(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void anythingElseIsNotClassified() {
        assertNull(status(new SQLException("syntax error", "42601")));
        assertNull(status(new SQLException("no state")));
        assertNull(status(new IllegalStateException("a bug")));
    }
}
