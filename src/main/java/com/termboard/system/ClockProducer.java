package com.termboard.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The only source of "now" and "today", in the configured zone; tests replace it to move time. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(TermboardConfig config) {
        return Clock.system(config.timeZone());
    }
}
