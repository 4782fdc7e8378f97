package com.termboard.scorecard;

import com.termboard.read.ReadModel;
import com.termboard.read.Scorecard;
import com.termboard.read.TermHeader;
import com.termboard.system.Today;
import com.termboard.term.TermAccess;
import com.termboard.web.errors.ApiError;
import com.termboard.web.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The scorecard of a term for whoever may read it (404, 403), as of the {@code asOf} query parameter. */
@ApplicationScoped
class ReadableScorecards {

    @Inject
    TermAccess access;

    @Inject
    ReadModel reads;

    @Inject
    Today today;

    /** The scorecard of term {@code id} as of {@code asOf}: today when absent, 400 when not an ISO date. */
    Scorecard of(long id, String asOf) {
        TermHeader header = reads.header(id);
        access.readable(id, header.president());
        return reads.scorecard(header, day(asOf));
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return today.date();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("asOf", Texts.of(ScorecardMessages.class).as_of_invalid());
        }
    }
}
