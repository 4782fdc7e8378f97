package com.termboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.audit.AuditEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every state-changing route, performed once, leaves exactly one audit entry with actor, time, entity and the
 * state before and after (SPEC.md "Audit log"); a new state-changing route without a case here fails.
 */
@QuarkusTest
class AuditCompletenessTest {

    /**
     * Routes that change nothing stored, or only what is a record itself: logging out only clears the browser's
     * cookie; marking one's own notifications read is their reading; a reminder run writes notifications, each
     * stored with its day (and counted in /q/metrics), which are the record of it.
     */
    private static final Set<String> NOT_AUDITED = Set.of("POST /logout", "POST /notifications/read",
            "POST /notifications/{id}/read", "POST /api/notifications/{id}/read", "POST /api/admin/reminders/run");

    @Test
    void everyStateChangingRouteHasAnAuditCase() {
        TreeSet<String> routes = new TreeSet<>(Routes.all().stream().filter(Routes.Route::changesState)
                .map(Routes.Route::key).filter(k -> !NOT_AUDITED.contains(k)).toList());
        TreeSet<String> cases = new TreeSet<>(AuditCases.ROUTES);
        assertEquals(List.copyOf(routes), List.copyOf(cases));
    }

    @TestFactory
    Stream<DynamicTest> eachActionLeavesExactlyOneEntry() {
        AuditCases cases = new AuditCases(new AuditActions(new World()));
        return cases.all().stream().map(c -> DynamicTest.dynamicTest(c.route(), () -> check(c)));
    }

    private static void check(AuditCases.Case c) {
        Runnable action = c.prepare().get();
        long last = lastId();
        Instant start = Instant.now().minusSeconds(1);
        action.run();
        List<AuditEntry> added = QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.<AuditEntry>list("id > ?1 ORDER BY id", last));
        assertEquals(1, added.size(), c.route() + " left " + added.size() + " audit entries: "
                + added.stream().map(e -> e.action + " " + e.entity).toList());
        AuditEntry e = added.get(0);
        assertEquals(c.actor(), e.actor, "actor");
        assertEquals(c.entity(), e.entity, "entity");
        assertNotNull(e.entityId, "entity id");
        assertTrue(!e.at.isBefore(start) && e.at.isBefore(Instant.now().plus(Duration.ofSeconds(1))), "time " + e.at);
        if (e.action.equals("DELETE")) {
            assertNotNull(e.before, "before of a deletion");
            assertNull(e.after, "after of a deletion");
        } else {
            assertNotNull(e.after, "after");
        }
        if (!e.action.equals("CREATE") && !e.action.equals("DECIDE")) {
            assertNotNull(e.before, "before of " + e.action);
        }
    }

    private static long lastId() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object max = AuditEntry.getEntityManager().createQuery("SELECT max(a.id) FROM AuditEntry a").getSingleResult();
            return max == null ? 0L : ((Number) max).longValue();
        });
    }
}
