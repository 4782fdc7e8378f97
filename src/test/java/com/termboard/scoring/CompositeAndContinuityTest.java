package com.termboard.scoring;

import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.dec;
import static com.termboard.scoring.Fixtures.objective;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeAndContinuityTest {

    private final Scoring scoring = new Scoring(ScoringSettings.defaults());

    @Test
    void compositeWithBothParts() {
        // SPEC.md's example: 100 × (0.6 × 0.912 + 0.4 × (3.6 − 1) / 4) = 100 × (0.5472 + 0.26) = 80.72
        assertNum("80.72", scoring.composite(dec("0.912"), dec("3.6")));
    }

    @Test
    void compositeCapsTheKpiPartAtOne() {
        // 100 × (0.6 × min(1.3, 1) + 0.4 × (5 − 1) / 4) = 100 × (0.6 + 0.4) = 100
        assertNum("100", scoring.composite(dec("1.3"), dec("5")));
        // 100 × (0.6 × 1 + 0.4 × (1 − 1) / 4) = 60
        assertNum("60", scoring.composite(dec("1.5"), dec("1")));
    }

    @Test
    void compositeIsNullWhenAPartIsMissing() {
        assertNull(scoring.composite(null, dec("3.6")));
        assertNull(scoring.composite(dec("0.912"), null));
        assertNull(scoring.composite(null, null));
    }

    @Test
    void compositeUsesTheConfiguredKpiShare() {
        Scoring halfAndHalf = new Scoring(new ScoringSettings(dec("1.5"), dec("0.5")));
        // 100 × (0.5 × 0.8 + 0.5 × (3 − 1) / 4) = 100 × (0.4 + 0.25) = 65
        assertNum("65", halfAndHalf.composite(dec("0.8"), dec("3")));
    }

    @Test
    void defaultsAreTheSpecConstants() {
        assertNum("1.5", ScoringSettings.defaults().cap());
        assertNum("0.6", ScoringSettings.defaults().kpiShare());
        assertThrows(IllegalArgumentException.class, () -> new ScoringSettings(dec("1.5"), dec("1.1")));
        assertThrows(IllegalArgumentException.class, () -> new ScoringSettings(dec("0"), dec("0.6")));
    }

    @Test
    void continuityIsTheShareOfObjectiveWeightThatContinues() {
        // 40 and 25 continue an objective of the previous term: (40 + 25) / 100 = 0.65
        List<ObjectiveInput> objectives = List.of(
                objective(31, 40, 21L), objective(32, 35, null), objective(33, 25, 22L));
        assertNum("0.65", Scoring.continuity(objectives));
        // Nothing continues: 0; weights need not sum to 100 in a draft: 30 / (30 + 50) = 0.375
        assertNum("0", Scoring.continuity(List.of(objective(1, 100, null))));
        assertNum("0.375", Scoring.continuity(List.of(objective(1, 30, 9L), objective(2, 50, null))));
        assertNull(Scoring.continuity(List.of()));
    }
}
