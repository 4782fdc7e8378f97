package com.termboard.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.termboard.group.BusinessGroup;
import com.termboard.user.NewUser;
import com.termboard.user.UserService;
import com.termboard.web.errors.ApiError;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Terms of one group never overlap: the service says so clearly, and the database holds the line too. */
@QuarkusTest
class TermServiceTest {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TermService terms;

    @Inject
    UserService users;

    @Inject
    AgroalDataSource db;

    @Test
    void rotationCreatesConsecutiveTermsInRosterOrder() {
        String code = newGroup();
        String a = newPresident();
        String b = newPresident();
        List<Term> created = QuarkusTransaction.requiringNew().call(() -> terms.rotate(
                BusinessGroup.byCode(code).orElseThrow(), List.of(a, b), LocalDate.of(2025, 1, 1), 3));
        assertEquals(3, created.size());
        assertEquals(LocalDate.of(2025, 6, 30), created.get(0).endDate);
        assertEquals(LocalDate.of(2025, 7, 1), created.get(1).startDate);
        assertEquals(LocalDate.of(2025, 12, 31), created.get(1).endDate);
        assertEquals(List.of(a, b, a), created.stream().map(t -> t.president.username).toList());
        assertEquals(List.of(1, 2, 3), created.stream().map(t -> t.sequenceNo).toList());
        assertEquals("2025 H2", created.get(1).label);
    }

    @Test
    void singleTermDefaultsItsEndToTheGroupsTermLength() {
        String code = newGroup();
        String p = newPresident();
        Term term = QuarkusTransaction.requiringNew().call(() -> terms.create(
                BusinessGroup.byCode(code).orElseThrow(), p, LocalDate.of(2025, 9, 1), null, null));
        assertEquals(LocalDate.of(2026, 2, 28), term.endDate);
    }

    @Test
    void overlapIsRefusedByTheServiceNamingTheClashingTerm() {
        String code = newGroup();
        String p = newPresident();
        QuarkusTransaction.requiringNew().run(() -> terms.create(BusinessGroup.byCode(code).orElseThrow(), p,
                LocalDate.of(2025, 1, 1), null, "First"));
        ApiError e = assertThrows(ApiError.class, () -> QuarkusTransaction.requiringNew().run(() -> terms.create(
                BusinessGroup.byCode(code).orElseThrow(), p, LocalDate.of(2025, 6, 30), null, null)));
        assertEquals(409, e.status);
        assertTrue(e.getMessage().contains("First"), e.getMessage());
        assertTrue(e.getMessage().contains("2025-01-01 to 2025-06-30"), e.getMessage());
    }

    @Test
    void aGapIsAllowedAndSequencesFollowTheDates() {
        String code = newGroup();
        String p = newPresident();
        BusinessGroup[] g = new BusinessGroup[1];
        QuarkusTransaction.requiringNew().run(() -> {
            g[0] = BusinessGroup.byCode(code).orElseThrow();
            terms.create(g[0], p, LocalDate.of(2026, 1, 1), null, null);
        });
        Term earlier = QuarkusTransaction.requiringNew().call(() -> terms.create(
                BusinessGroup.byCode(code).orElseThrow(), p, LocalDate.of(2025, 1, 1), null, null));
        assertEquals(1, earlier.sequenceNo);
        List<Integer> seqs = QuarkusTransaction.requiringNew().call(() -> Term.ofGroup(
                BusinessGroup.byCode(code).orElseThrow()).stream().map(t -> t.sequenceNo).toList());
        assertEquals(List.of(1, 2), seqs);
    }

    @Test
    void overlapIsRefusedByTheDatabaseItself() throws SQLException {
        String code = newGroup();
        String p = newPresident();
        QuarkusTransaction.requiringNew().run(() -> terms.create(BusinessGroup.byCode(code).orElseThrow(), p,
                LocalDate.of(2025, 1, 1), null, null));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO term (group_id, president_id, sequence_no, label, start_date, end_date) "
                            + "SELECT g.id, u.id, 99, 'Sneaky', DATE '2025-03-01', DATE '2025-08-31' "
                            + "FROM business_group g, app_user u WHERE g.code = '" + code + "' AND u.username = '"
                            + p + "'"));
            assertEquals("23P01", e.getSQLState(), "exclusion constraint");
        }
    }

    @Test
    void presidentMustExistAndHoldTheRole() {
        String code = newGroup();
        ApiError e = assertThrows(ApiError.class, () -> QuarkusTransaction.requiringNew().run(() -> terms.create(
                BusinessGroup.byCode(code).orElseThrow(), "rev1", LocalDate.of(2025, 1, 1), null, null)));
        assertEquals(400, e.status);
        assertEquals("president", e.errors.get(0).field());
    }

    static String newGroup() {
        String code = "TG" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            BusinessGroup g = new BusinessGroup();
            g.code = code;
            g.name = "Test group " + code;
            g.persist();
        });
        return code;
    }

    String newPresident() {
        String name = "p" + System.nanoTime() % 1_000_000_000L + "x" + SEQ.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> users.create(
                new NewUser(name, "President " + name, "password1", List.of("PRESIDENT"), null)));
        return name;
    }
}
