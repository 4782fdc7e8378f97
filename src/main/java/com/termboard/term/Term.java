package com.termboard.term;

import com.termboard.group.BusinessGroup;
import com.termboard.system.IdentifiedEntity;
import com.termboard.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** One president's term of office over a business group. */
@Entity
public class Term extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public BusinessGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "president_id")
    public User president;

    @Column(name = "sequence_no")
    public int sequenceNo;

    public String label;
    public LocalDate startDate;
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public PlanStatus planStatus = PlanStatus.DRAFT;

    /** Why the plan was sent back to draft, if it was. */
    public String planNote;

    public Instant closedAt;

    @Version
    public long version;

    public TermStatus status(LocalDate today) {
        return statusOf(startDate, endDate, closedAt != null, today);
    }

    public static TermStatus statusOf(LocalDate start, LocalDate end, boolean closed, LocalDate today) {
        if (closed) {
            return TermStatus.CLOSED;
        }
        if (today.isBefore(start)) {
            return TermStatus.PLANNED;
        }
        return today.isAfter(end) ? TermStatus.ENDED : TermStatus.ACTIVE;
    }

    /** Days of the term, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean presidedBy(String username) {
        return president.username.equals(username);
    }

    public static List<Term> ofGroup(BusinessGroup group) {
        return list("SELECT t FROM Term t JOIN FETCH t.president WHERE t.group = ?1 ORDER BY t.startDate", group);
    }

    public static List<Term> overlapping(BusinessGroup group, LocalDate start, LocalDate end) {
        return list("group = ?1 AND startDate <= ?3 AND endDate >= ?2 ORDER BY startDate", group, start, end);
    }

    public static Optional<Term> lastOf(BusinessGroup group) {
        return find("group = ?1 ORDER BY startDate DESC", group).firstResultOptional();
    }

    public static Optional<Term> previousOf(Term term) {
        return find("group = ?1 AND startDate < ?2 ORDER BY startDate DESC", term.group, term.startDate)
                .firstResultOptional();
    }

    public static Optional<Term> nextOf(Term term) {
        return find("group = ?1 AND startDate > ?2 ORDER BY startDate", term.group, term.startDate)
                .firstResultOptional();
    }

    public static List<Term> activeOn(LocalDate day) {
        return list("SELECT t FROM Term t JOIN FETCH t.group JOIN FETCH t.president "
                + "WHERE t.startDate <= ?1 AND t.endDate >= ?1 ORDER BY t.group.code", day);
    }

    public static List<Term> ofPresident(User president) {
        return list("SELECT t FROM Term t JOIN FETCH t.group WHERE t.president = ?1 ORDER BY t.startDate",
                president);
    }
}
