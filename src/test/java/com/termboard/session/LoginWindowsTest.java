package com.termboard.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.termboard.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The budget rule of {@link LoginThrottle} against the security clock's instants, given explicitly (far in the
 * future, so that no real window and no scheduled clean-up interferes): windows that double while a guesser
 * keeps spending them, up to four hours, and shrink back when one is not spent.
 */
@QuarkusTest
class LoginWindowsTest {

    static final Instant T0 = Instant.parse("2100-01-01T00:00:00Z");
    static final Duration W = Duration.ofMinutes(15);

    @Inject
    LoginThrottle throttle;

    /** Spends the five checks of the window that starts at {@code at}; answers when the sixth may come. */
    private Instant spendWindow(String name, String address, Instant at) {
        for (int i = 0; i < 5; i++) {
            throttle.reserve(name, address, at.plusSeconds(i));
        }
        return assertThrows(LoginThrottle.Throttled.class,
                () -> throttle.reserve(name, address, at.plusSeconds(5))).until;
    }

    @Test
    void eachSpentWindowDoublesTheNextUpToFourHours() {
        String name = Fixtures.unique("guessed");
        String address = "198.51.100.1";
        Instant start = T0;
        Duration expected = W;
        for (int round = 0; round < 7; round++) {
            Instant until = spendWindow(name, address, start);
            assertEquals(start.plus(expected), until, "round " + round);
            // Still refused one second before the window ends, however often it is tried.
            Instant last = until.minusSeconds(1);
            assertThrows(LoginThrottle.Throttled.class, () -> throttle.reserve(name, address, last));
            start = until;
            expected = expected.multipliedBy(2).compareTo(Duration.ofHours(4)) > 0
                    ? Duration.ofHours(4) : expected.multipliedBy(2);
        }
        assertEquals(Duration.ofHours(4), expected, "15 min, 30 min, 1 h, 2 h, then 4 h each time");
    }

    @Test
    void aWindowLeftWithBudgetToSpareResetsTheWaitAndALoginClearsIt() {
        String name = Fixtures.unique("guessed");
        String address = "198.51.100.2";
        Instant second = spendWindow(name, address, T0);
        Instant third = spendWindow(name, address, second);
        assertEquals(second.plus(W.multipliedBy(2)), third);
        throttle.reserve(name, address, third); // one mistake only in the 1 h window that follows
        Instant fourth = third.plus(W.multipliedBy(4));
        assertEquals(fourth.plus(W), spendWindow(name, address, fourth), "back to 15 minutes");

        // A login hands its check back and forgives the name's mistakes from its address.
        Instant later = fourth.plus(W);
        for (int i = 0; i < 4; i++) {
            throttle.reserve(name, address, later);
        }
        throttle.handBack(throttle.reserve(name, address, later), true);
        spendWindow(name, address, later.plusSeconds(10));
    }

    @Test
    void aNameHasFiveChecksPerAddressAndFiftyInAll() {
        String name = Fixtures.unique("admin");
        for (int a = 1; a <= 10; a++) {
            spendWindow(name, "203.0.113." + a, T0);
        }
        LoginThrottle.Throttled refused = assertThrows(LoginThrottle.Throttled.class,
                () -> throttle.reserve(name, "203.0.113.11", T0.plusSeconds(60)));
        assertEquals(T0.plus(W), refused.until, "fifty checks from ten addresses spend the name's own budget");
        throttle.reserve(Fixtures.unique("other"), "203.0.113.11", T0.plusSeconds(60)); // other names still go
        throttle.reserve(name, "203.0.113.11", T0.plus(W)); // and the name again once its window is over
    }

    @Test
    void aRefusalReservesNothingInTheOtherBudgets() {
        String name = Fixtures.unique("guessed");
        spendWindow(name, "198.51.100.3", T0);
        for (int i = 0; i < 100; i++) {
            Instant at = T0.plusSeconds(10 + i);
            assertThrows(LoginThrottle.Throttled.class, () -> throttle.reserve(name, "198.51.100.3", at));
        }
        // The name's budget saw only the five checks: 45 remain for other addresses.
        for (int a = 1; a <= 9; a++) {
            spendWindow(name, "192.0.2." + a, T0.plusSeconds(200));
        }
        assertThrows(LoginThrottle.Throttled.class, () -> throttle.reserve(name, "192.0.2.10", T0.plusSeconds(300)));
    }

    @Test
    void ipv6ClientsAreKeptPerSlash64() {
        assertEquals(ClientAddress.normalise("2001:db8:1:2:aaaa::1"), ClientAddress.normalise("2001:db8:1:2::ffff"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.normalise("2001:0db8:0001:0002:0:0:0:1"));
        assertEquals("127.0.0.2", ClientAddress.normalise("127.0.0.2"));
    }
}
