package com.termboard.scoring;

import static com.termboard.scoring.Fixtures.assertNum;
import static com.termboard.scoring.Fixtures.rating;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeniencyTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;

    @Test
    void threeReviewersComparedWithTheirPeersPerObjectiveAndCycle() {
        List<SubmittedRating> all = List.of(
                // cycle 10, objective 31: A 4, B 3, C 2
                rating(10, A, 31, 4), rating(10, B, 31, 3), rating(10, C, 31, 2),
                // cycle 11, same objective 31: only A 3 and C 5; must not mix with cycle 10
                rating(11, A, 31, 3), rating(11, C, 31, 5),
                // cycle 12: D alone, nobody to compare with
                rating(12, D, 31, 4));
        Map<Long, LeniencyResult> result = Leniency.leniency(all);

        // A: 4 − (3 + 2) / 2 = 1.5; 3 − 5 = −2; mean (1.5 − 2) / 2 = −0.25
        assertEquals(2, result.get(A).ratings());
        assertNum("-0.25", result.get(A).leniency());
        // B: 3 − (4 + 2) / 2 = 0
        assertEquals(1, result.get(B).ratings());
        assertNum("0", result.get(B).leniency());
        // C: 2 − (4 + 3) / 2 = −1.5; 5 − 3 = 2; mean (−1.5 + 2) / 2 = 0.25
        assertEquals(2, result.get(C).ratings());
        assertNum("0.25", result.get(C).leniency());
        // D: no comparable rating
        assertEquals(0, result.get(D).ratings());
        assertNull(result.get(D).leniency());

        assertEquals(List.of(A, B, C, D), List.copyOf(result.keySet()), "ordered by reviewer id");
    }

    @Test
    void noRatingsNoReviewers() {
        assertTrue(Leniency.leniency(List.of()).isEmpty());
    }
}
