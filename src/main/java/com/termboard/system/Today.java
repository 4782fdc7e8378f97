package com.termboard.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Today's date in the configured zone. */
@ApplicationScoped
public class Today {

    @Inject
    Clock clock;

    public LocalDate date() {
        return LocalDate.now(clock);
    }
}
