package com.termboard.read;

import com.termboard.scoring.Scoring;
import com.termboard.scoring.ScoringSettings;
import com.termboard.scoring.TermInput;
import com.termboard.scoring.TermScore;
import com.termboard.system.TermboardConfig;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scored terms, kept in memory under the term's stamp (V4__term_stamps.sql): every change to what scores a term
 * raises its stamp in the same transaction, so one read of the stamps tells which kept scores still hold, on every
 * instance. A kept score is also tied to its reference date (the day asked, or the term's end if earlier): an ended
 * term's stays valid until its data changes, a running term's until the day changes.
 *
 * <p>The stamps are read before the data, so a change that lands in between can only make a kept score look older
 * than it is (read again next time), never newer. Nothing read inside a transaction is kept: it may see its own
 * changes, which a rollback would undo.
 */
@ApplicationScoped
class TermScores {

    /** A term's scoring inputs and the score they give at one reference date. */
    public record Scored(TermInput input, TermScore score) {
    }

    /** Terms scored together, and the stamp each was read at, for what is kept on top of them. */
    public record Batch(Map<Long, Scored> terms, Map<Long, Long> stamps) {
    }

    /** A term's stamp and its end date, which together tell whether something computed from the term still holds. */
    public record Stamp(long version, LocalDate end) {
    }

    private record Key(long termId, long version, LocalDate ref) {
    }

    /** Summarised inputs, a few kilobytes a term (2,000 terms: ten years of 50 groups). */
    @Inject
    @CacheName("term-scores-summarised")
    Cache summarised;

    /** Inputs with every entry (the scorecard) are larger: the terms being looked at (100). */
    @Inject
    @CacheName("term-scores-full")
    Cache full;

    @Inject
    TermInputs inputs;

    @Inject
    Jdbc jdbc;

    @Inject
    TermboardConfig config;

    public Scoring scoring() {
        return new Scoring(new ScoringSettings(config.scoring().cap(), config.scoring().kpiShare()));
    }

    /**
     * The given terms scored at {@code day} from summarised entries, in the order given; unknown ids are left out.
     * Kept scores are used where their stamp still holds; the others are read in one batch.
     */
    public Batch summarised(Collection<Long> termIds, LocalDate day) {
        return termIds.isEmpty() ? new Batch(Map.of(), Map.of()) : summarised(termIds, day, stamps(termIds));
    }

    /**
     * As {@link #summarised(Collection, LocalDate)}, with the terms' stamps as {@link #stamps(Collection)} read them
     * just before, for a caller that keeps what it computes from the batch under the same stamps.
     */
    public Batch summarised(Collection<Long> termIds, LocalDate day, Map<Long, Stamp> stamps) {
        Map<Long, Scored> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long id : termIds) {
            Stamp stamp = stamps.get(id);
            if (stamp != null) {
                Scored kept = KeptReads.peek(summarised, key(id, stamp, day));
                if (kept != null) {
                    found.put(id, kept);
                } else {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            Scoring scoring = scoring();
            inputs.load(missing, day).forEach((id, input) -> {
                Scored scored = new Scored(input, scoring.score(input, day));
                found.put(id, scored);
                KeptReads.put(summarised, key(id, stamps.get(id), day), scored);
            });
        }
        Map<Long, Scored> ordered = new LinkedHashMap<>();
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (long id : termIds) {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
                versions.put(id, stamps.get(id).version());
            }
        }
        return new Batch(ordered, versions);
    }

    /** One term scored at {@code asOf} with all of its entries (the scorecard); empty for an unknown id. */
    public Optional<Scored> full(long termId, LocalDate asOf) {
        return full(termId, asOf, stamps(List.of(termId)).get(termId));
    }

    /**
     * As {@link #full(long, LocalDate)}, with the term's stamp as {@link #stamps(Collection)} read it just before
     * (null for an unknown term).
     */
    public Optional<Scored> full(long termId, LocalDate asOf, Stamp stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(KeptReads.get(full, key(termId, stamp, asOf), key -> {
            TermInput input = inputs.load(List.of(termId)).get(termId);
            return input == null ? null : new Scored(input, scoring().score(input, asOf));
        }));
    }

    /** Forgets every kept score (tests that count what a cold report reads). */
    void forgetAll() {
        KeptReads.forget(summarised);
        KeptReads.forget(full);
    }

    private static Key key(long termId, Stamp stamp, LocalDate day) {
        return new Key(termId, stamp.version(), day.isAfter(stamp.end()) ? stamp.end() : day);
    }

    /**
     * The stamps of the given terms, read in one statement (unknown ids are left out). Read them before the data a
     * result is computed from, and keep the result under them: a change landing in between can then only make it look
     * older than it is. Never keep what was read inside a transaction.
     */
    public Map<Long, Stamp> stamps(Collection<Long> termIds) {
        Map<Long, Stamp> stamps = new HashMap<>();
        try (Connection c = jdbc.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT t.id, t.end_date, COALESCE(s.version, 0) FROM term t "
                        + "LEFT JOIN term_stamp s ON s.term_id = t.id WHERE t.id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("bigint", termIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stamps.put(rs.getLong(1), new Stamp(rs.getLong(3), rs.getObject(2, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the term stamps", e);
        }
        return stamps;
    }
}
