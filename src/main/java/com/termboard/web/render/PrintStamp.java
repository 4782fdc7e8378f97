package com.termboard.web.render;

import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** When a page was generated, in termboard.time-zone: a printed page (print CSS) carries it (main.html). */
@Named("printStamp")
@RequestScoped
public class PrintStamp {

    @Inject
    Clock clock;

    /** The moment of this request, in the request's language, with the zone's offset. */
    public String now() {
        return Display.time(Instant.now(clock), Texts.current());
    }
}
