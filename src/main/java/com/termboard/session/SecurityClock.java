package com.termboard.session;

import java.time.Instant;

/**
 * Session lifetimes and login lock-outs follow the wall clock, not the business clock: tests (and a demo) move
 * "today" to other years, which must neither end nor prolong a login.
 */
final class SecurityClock {

    private SecurityClock() {
    }

    static Instant now() {
        return Instant.now();
    }
}
