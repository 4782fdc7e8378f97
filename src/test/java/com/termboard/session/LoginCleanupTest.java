package com.termboard.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.testing.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clean-up drops rows of names no user has once their window is over, and every row quiet for 4 hours. */
@QuarkusTest
class LoginCleanupTest {

    static final Instant T0 = Instant.parse("2101-01-01T00:00:00Z");

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginCleanup cleanup;

    @Inject
    AgroalDataSource db;

    @Test
    void unknownNamesGoWhenTheirWindowEndsKnownOnesWhenStale() throws SQLException {
        String user = Fixtures.president();
        String ghost = Fixtures.unique("ghost");
        String address = "198.51.100.77";
        throttle.reserve(user, address, T0);
        throttle.reserve(ghost, address, T0);
        String[] userKeys = {"n:" + user, "p:" + user + " " + address};
        String[] ghostKeys = {"n:" + ghost, "p:" + ghost + " " + address};

        cleanup.run(T0.plus(Duration.ofMinutes(14)));
        assertEquals(List.of(true, true, true, true, true), present("a:" + address, userKeys[0], userKeys[1],
                ghostKeys[0], ghostKeys[1]), "every window still open: a refusal must still hold");

        cleanup.run(T0.plus(Duration.ofMinutes(16)));
        assertEquals(List.of(true, true, true, false, false), present("a:" + address, userKeys[0], userKeys[1],
                ghostKeys[0], ghostKeys[1]), "no user is called " + ghost);

        cleanup.run(T0.plus(Duration.ofMinutes(15)).plus(Duration.ofHours(4)));
        assertEquals(List.of(false, false, false), present("a:" + address, userKeys[0], userKeys[1]),
                "quiet for the longest window: it would start afresh anyway");
    }

    private List<Boolean> present(String... keys) throws SQLException {
        List<Boolean> found = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM login_throttle WHERE key = ?")) {
            for (String key : keys) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    found.add(r.next());
                }
            }
        }
        return found;
    }
}
