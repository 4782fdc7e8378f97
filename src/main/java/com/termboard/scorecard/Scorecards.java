package com.termboard.scorecard;

import com.termboard.scoring.Scoring;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scores terms from the database with the configured cap and k: the one way every page gets its numbers. Scores are
 * kept between requests while their term's stamp holds ({@link TermScores}).
 */
@ApplicationScoped
public class Scorecards {

    @Inject
    TermScores scores;

    @Inject
    TermInputs inputs;

    public Scoring scoring() {
        return scores.scoring();
    }

    /** The score of one term as of {@code asOf} (an ended term is scored at its end date). */
    public Optional<TermScore> score(long termId, LocalDate asOf) {
        return Optional.ofNullable(scoreAll(java.util.List.of(termId), asOf).get(termId));
    }

    /** The scores of several terms as of the same day, read in a fixed number of statements (entries summarised). */
    public Map<Long, TermScore> scoreAll(Collection<Long> termIds, LocalDate asOf) {
        Map<Long, TermScore> scored = new LinkedHashMap<>();
        scores.summarised(termIds, asOf).terms().forEach((id, s) -> scored.put(id, s.score()));
        return scored;
    }

    /** The inputs themselves, with every entry, for pages that show entries next to the scores. */
    public Map<Long, TermInput> inputs(Collection<Long> termIds) {
        return inputs.load(termIds);
    }

    /**
     * Terms scored at {@code day} from their entries summarised in SQL, for reports over many terms, with the stamps
     * they were read at.
     */
    public TermScores.Batch summarised(Collection<Long> termIds, LocalDate day) {
        return scores.summarised(termIds, day);
    }
}
