package com.termboard.handover;

import com.termboard.testing.MutableClock;
import java.util.Map;

/** Opens {@link HandoverFixture} (package-private) to the journey package. */
public final class HandoverJourneyFixture {

    private HandoverJourneyFixture() {
    }

    public static Map<String, Object> make(MutableClock clock) {
        HandoverFixture.Made m = HandoverFixture.make(clock);
        return Map.of("a", m.a(), "b", m.b(), "growth", m.growth(), "quality", m.quality(), "outgoing", m.outgoing(),
                "incoming", m.incoming(), "latestKpi", m.latestKpi());
    }
}
