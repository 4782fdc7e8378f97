package com.termboard.task;

import com.termboard.term.PlanStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What the task rules need to know about one user, read in a few set-based statements ({@link TaskQueries}); the
 * lists are empty for roles the user does not hold. Closed terms are never among them: a closed term locks everything.
 */
public record TaskFacts(List<OwnTerm> ownTerms, List<Incoming> incoming, List<Assignment> assignments,
        List<Submitted> submitted) {

    /** A term the user presides: its plan, the note's state and each KPI's newest entry. */
    public record OwnTerm(long id, String group, String label, LocalDate start, LocalDate end, PlanStatus plan,
            String sentBack, LocalDate sentBackOn, boolean noteWritten, List<KpiLast> kpis) {
    }

    /** A KPI and the as-of date of its newest entry, null when it has none. */
    public record KpiLast(long kpiId, LocalDate lastAsOf) {
    }

    /**
     * The term before one the user presides, whose handover note is written ({@code noteOn}), with how many of its
     * objectives have no carry-over decision yet.
     */
    public record Incoming(long previousId, String group, String label, LocalDate noteOn, int undecided) {
    }

    /** A review cycle the user is assigned to, open today, whose review they have not submitted. */
    public record Assignment(long cycleId, String cycle, String group, String label, LocalDate opensOn,
            LocalDate closesOn) {
    }

    /** A submitted plan waiting for an executive. */
    public record Submitted(long termId, String group, String label, String president, LocalDate start,
            LocalDate submittedOn) {
    }

    public static TaskFacts none() {
        return new TaskFacts(List.of(), List.of(), List.of(), List.of());
    }
}
