package com.termboard.scorecard;

import com.termboard.scoring.Scoring;
import com.termboard.scoring.ScoringSettings;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.system.TermboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Scores terms from the database with the configured cap and k: the one way every page gets its numbers. */
@ApplicationScoped
public class Scorecards {

    @Inject
    TermInputs inputs;

    @Inject
    TermboardConfig config;

    public Scoring scoring() {
        return new Scoring(new ScoringSettings(config.scoring().cap(), config.scoring().kpiShare()));
    }

    /** The score of one term as of {@code asOf} (an ended term is scored at its end date). */
    public Optional<TermScore> score(long termId, LocalDate asOf) {
        return Optional.ofNullable(scoreAll(java.util.List.of(termId), asOf).get(termId));
    }

    /** The scores of several terms as of the same day, read in a fixed number of statements (entries summarised). */
    public Map<Long, TermScore> scoreAll(Collection<Long> termIds, LocalDate asOf) {
        Scoring scoring = scoring();
        Map<Long, TermScore> scores = new LinkedHashMap<>();
        for (Map.Entry<Long, TermInput> e : inputs.load(termIds, asOf).entrySet()) {
            scores.put(e.getKey(), scoring.score(e.getValue(), asOf));
        }
        return scores;
    }

    /** The inputs themselves, for pages that show entries next to the scores. */
    public Map<Long, TermInput> inputs(Collection<Long> termIds) {
        return inputs.load(termIds);
    }

    /** The inputs with each KPI's entries summarised in SQL, for reports that score many terms at {@code day}. */
    public Map<Long, TermInput> summarised(Collection<Long> termIds, LocalDate day) {
        return inputs.load(termIds, day);
    }
}
