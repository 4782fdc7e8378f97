package com.termboard.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Replaces the application's clock in tests, so a test can move "today"; {@link #reset()} returns to now. */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private final ZoneId zone = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void setToday(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(zone).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
