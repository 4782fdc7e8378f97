package com.termboard.scoring;

import com.termboard.web.i18n.Labelled;
import com.termboard.web.i18n.Messages;
import com.termboard.web.i18n.Texts;
import java.util.Locale;

/** Whether a KPI's attainment keeps up with the elapsed share of its term (shown green, amber, red). */
public enum PaceStatus implements Labelled {
    /** Attainment at least the elapsed fraction f. */
    ON_TRACK,
    /** Attainment at least 0.85 f but below f. */
    AT_RISK,
    /** Attainment below 0.85 f. */
    OFF_TRACK;

    @Override
    public String label(Locale locale) {
        Messages msg = Texts.of(Messages.class, locale);
        return switch (this) {
            case ON_TRACK -> msg.pace_on_track();
            case AT_RISK -> msg.pace_at_risk();
            case OFF_TRACK -> msg.pace_off_track();
        };
    }
}
