package com.termboard.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.user.User;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A page request with the login cookie gets its roles and display name from one read of the user on every request:
 * a role taken away or a name changed applies to the very next request of a session that is already open.
 */
@QuarkusTest
class SessionIdentitiesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageWithTheLoginCookieReadsItsUserOnceAndWithoutHibernate() {
        Map<String, String> cookies = ServerSessionTest.login("exec");
        Statistics stats = sessionFactory.getStatistics();
        EntityStatistics users = stats.getEntityStatistics(User.class.getName());
        given().cookies(cookies).get("/reports").then().statusCode(200);
        long loads = users.getLoadCount() + users.getFetchCount();
        long queries = stats.getQueryExecutionCount();
        given().cookies(cookies).get("/reports").then().statusCode(200).body(containsString("Evelyn Exec"));
        assertEquals(0, users.getLoadCount() + users.getFetchCount() - loads, "users loaded as entities");
        // The session check, the identity and the bell's unread count are read with plain JDBC, and the report index
        // with its own statement.
        assertEquals(0, stats.getQueryExecutionCount() - queries, "Hibernate queries");
    }

    @Test
    void aRoleTakenAwayAppliesToTheNextRequestOfAnOpenSession() throws SQLException {
        Map<String, String> cookies = ServerSessionTest.login("exec");
        given().redirects().follow(false).cookies(cookies).get("/reports/reviewers").then().statusCode(200);
        update("DELETE FROM user_role WHERE role = 'EXECUTIVE' AND user_id = (SELECT id FROM app_user WHERE username = ?)",
                "exec");
        try {
            given().redirects().follow(false).cookies(cookies).get("/reports/reviewers").then().statusCode(403);
        } finally {
            update("INSERT INTO user_role (user_id, role) SELECT id, 'EXECUTIVE' FROM app_user WHERE username = ?",
                    "exec");
        }
        given().redirects().follow(false).cookies(cookies).get("/reports/reviewers").then().statusCode(200);
    }

    @Test
    void theLayoutShowsTheDisplayNameAsItIsNowAndEscaped() throws SQLException {
        Map<String, String> cookies = ServerSessionTest.login("rev3");
        given().cookies(cookies).get("/").then().statusCode(200).body(not(containsString("&lt;b&gt;")));
        update("UPDATE app_user SET display_name = display_name || ' <b>&</b>' WHERE username = ?", "rev3");
        try {
            given().cookies(cookies).get("/").then().statusCode(200)
                    .body(containsString(" &lt;b&gt;&amp;&lt;/b&gt;"), not(containsString("<b>&</b>")));
        } finally {
            update("UPDATE app_user SET display_name = replace(display_name, ' <b>&</b>', '') WHERE username = ?",
                    "rev3");
        }
    }

    @Test
    void aSessionWhoseUserNameIsGoneIsNoLongerLoggedIn() throws SQLException {
        Map<String, String> cookies = ServerSessionTest.login("rev2");
        update("UPDATE app_user SET username = 'rev2-renamed' WHERE username = ?", "rev2");
        try {
            given().redirects().follow(false).cookies(cookies).get("/").then().statusCode(302)
                    .header("Location", endsWith("/login"));
            given().redirects().follow(false).cookies(cookies).get("/api/groups").then().statusCode(401);
        } finally {
            update("UPDATE app_user SET username = 'rev2' WHERE username = ?", "rev2-renamed");
        }
    }

    private void update(String sql, String username) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }
}
