package com.termboard.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.testing.Management;
import com.termboard.web.errors.DatabaseErrors;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The pool's limits are those application.properties promises: a runaway statement ends at 2 s, as a 503. */
@QuarkusTest
class DatabaseTimeoutsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aStatementRunningPastTwoSecondsIsCancelledAndTheConnectionKept() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
                rs.next();
                assertEquals("2s", rs.getString(1));
            }
            long start = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT pg_sleep(10)"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("57014", e.getSQLState(), e.getMessage());
            assertTrue(millis < 2_900, "cancelled by the server, before the 3 s socket timeout: " + millis + " ms");
            assertTrue(DatabaseErrors.isUnavailable(e), "answered 503 with Retry-After");
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                assertTrue(rs.next(), "the connection is still usable");
            }
        }
    }

    @Test
    void readinessIsOursAndUp() {
        given().get(Management.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database"));
    }
}
