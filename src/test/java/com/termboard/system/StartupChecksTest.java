package com.termboard.system;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without quarkus.http.auth.session.encryption-key Quarkus would pick a random key: production refuses to start. */
class StartupChecksTest {

    @Test
    void productionWithoutASessionKeyRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StartupChecks.requireSessionKey(LaunchMode.NORMAL, false, Optional.empty()));
        assertTrue(e.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> StartupChecks.requireSessionKey(LaunchMode.NORMAL, false, Optional.of("too-short")));
    }

    @Test
    void aLongEnoughKeyOrDevTestAndDemoStart() {
        assertDoesNotThrow(() -> StartupChecks.requireSessionKey(LaunchMode.NORMAL, false,
                Optional.of("0123456789abcdef")));
        assertDoesNotThrow(() -> StartupChecks.requireSessionKey(LaunchMode.NORMAL, true, Optional.empty()));
        assertDoesNotThrow(() -> StartupChecks.requireSessionKey(LaunchMode.DEVELOPMENT, false, Optional.empty()));
        assertDoesNotThrow(() -> StartupChecks.requireSessionKey(LaunchMode.TEST, false, Optional.empty()));
    }

    @Test
    void aFirstAdminPasswordLongerThanBcryptHoldsRefusesToStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StartupChecks.requireBcryptPassword("密".repeat(25))); // 75 bytes in UTF-8
        assertTrue(e.getMessage().contains("TERMBOARD_ADMIN_PASSWORD") && e.getMessage().contains("72 bytes"),
                e.getMessage());
        assertDoesNotThrow(() -> StartupChecks.requireBcryptPassword("密".repeat(24)));
        assertDoesNotThrow(() -> StartupChecks.requireBcryptPassword("x".repeat(72)));
    }
}
