package com.termboard.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.scoring.Scoring;
import com.termboard.scoring.TermInput;
import com.termboard.system.Today;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reports score from entries summarised in SQL; every number must be the one the engine computes from all the
 * entries, for every term of the demo data (with its corrections) and on days before, inside and after the terms.
 */
@QuarkusTest
class SummarisedScoresTest {

    @Inject
    TermInputs inputs;

    @Inject
    TermHeaders headers;

    @Inject
    ReadModel reads;

    @Inject
    Today today;

    @Test
    void summarisedEntriesScoreExactlyAsAllEntries() {
        List<Long> ids = headers.all().stream().map(TermHeader::id).toList();
        assertTrue(ids.size() >= 8, "the demo data has terms: " + ids.size());
        Map<Long, TermInput> full = inputs.load(ids);
        long corrected = full.values().stream().flatMap(t -> t.objectives().stream()).flatMap(o -> o.kpis().stream())
                .flatMap(k -> k.entries().stream()).filter(e -> e.supersedesId() != null).count();
        assertTrue(corrected > 0, "the demo data has corrections");
        Scoring scoring = reads.scoring();
        LocalDate day = today.date();
        for (LocalDate asOf : List.of(day, day.minusDays(45), day.minusDays(200), day.minusDays(400),
                day.plusDays(300))) {
            Map<Long, TermInput> summarised = inputs.load(ids, asOf);
            assertEquals(full.keySet(), summarised.keySet());
            for (long id : ids) {
                assertEquals(scoring.score(full.get(id), asOf), scoring.score(summarised.get(id), asOf),
                        "term " + id + " as of " + asOf);
            }
        }
    }

    @Test
    void aSummaryHoldsForItsOwnDayOnly() {
        long id = headers.all().get(0).id();
        LocalDate day = today.date();
        TermInput summarised = inputs.load(List.of(id), day).get(id);
        LocalDate other = summarised.startDate().plusDays(1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> reads.scoring().score(summarised, other));
    }
}
