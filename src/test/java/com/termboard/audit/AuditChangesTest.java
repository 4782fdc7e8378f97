package com.termboard.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.termboard.audit.AuditChanges.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An audit entry's snapshots as the changed fields a reader sees. */
class AuditChangesTest {

    @Test
    void anEditShowsOnlyTheFieldsThatChanged() {
        assertEquals(List.of(new Change("weight", "40", "60"), new Change("title", "Grow", "Grow more")),
                AuditChanges.of("{\"id\":7,\"weight\":40,\"title\":\"Grow\",\"note\":null}",
                        "{\"id\":7,\"weight\":60,\"title\":\"Grow more\",\"note\":null}"));
    }

    @Test
    void aCreationHasOnlyNewValuesAndADeletionOnlyOldOnes() {
        assertEquals(List.of(new Change("id", null, "7"), new Change("reason", null, "null")),
                AuditChanges.of(null, "{\"id\":7,\"reason\":null}"));
        assertEquals(List.of(new Change("id", "7", null)), AuditChanges.of("{\"id\":7}", ""));
    }

    @Test
    void aFieldThatAppearsOrGoesAndNestedValuesAreShownAsText() {
        assertEquals(List.of(new Change("kpis", "[1,2]", "[1]"), new Change("gone", "x", null),
                new Change("added", null, "{\"a\":1}")),
                AuditChanges.of("{\"kpis\":[1,2],\"gone\":\"x\"}", "{\"kpis\":[1],\"added\":{\"a\":1}}"));
    }

    @Test
    void nothingChangedAndSnapshotsThatAreNotObjects() {
        assertEquals(List.of(), AuditChanges.of("{\"a\":1}", "{\"a\":1}"));
        assertEquals(List.of(), AuditChanges.of(null, null));
        assertEquals(List.of(new Change("", "DRAFT", "SUBMITTED")), AuditChanges.of("\"DRAFT\"", "\"SUBMITTED\""));
    }
}
