package com.termboard.term;

import com.termboard.audit.AuditLog;
import com.termboard.group.BusinessGroup;
import com.termboard.system.Today;
import com.termboard.user.Role;
import com.termboard.user.User;
import com.termboard.web.errors.ApiError;
import com.termboard.web.forms.Validation;
import com.termboard.web.i18n.Texts;
import com.termboard.web.render.Display;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates terms: one at a time or a rotation, never overlapping another term of the group. */
@ApplicationScoped
@Transactional
public class TermService {

    static final int MAX_ROTATION = 40;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /** A single term; the end defaults to start + the group's term length − 1 day. */
    public Term create(BusinessGroup group, String presidentName, LocalDate start, LocalDate end, String label) {
        Validation v = new Validation()
                .text(presidentName, "president", 64)
                .require(start != null, "startDate", Texts.msg().required())
                .optionalText(label, "label", 40);
        v.check();
        LocalDate finalEnd = end != null ? end : Rotation.defaultEnd(start, group.termMonths);
        new Validation().require(finalEnd.isAfter(start), "endDate",
                Texts.of(TermMessages.class).end_after_start()).check();
        User president = president(presidentName, "president");
        String finalLabel = label == null || label.isBlank() ? Rotation.label(start, group.termMonths) : label.trim();
        return persist(group, president, start, finalEnd, finalLabel);
    }

    /** The next {@code count} terms from {@code start}, presidents taken from the roster in turn. */
    public List<Term> rotate(BusinessGroup group, List<String> roster, LocalDate start, Integer count) {
        Validation v = new Validation()
                .require(roster != null && !roster.isEmpty(), "presidents",
                        Texts.of(TermMessages.class).name_a_president())
                .require(start != null, "startDate", Texts.msg().required())
                .range(count, 1, MAX_ROTATION, "count");
        v.check();
        List<User> presidents = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            presidents.add(president(roster.get(i), "presidents[" + i + "]"));
        }
        List<Term> created = new ArrayList<>();
        for (Rotation.Slot slot : Rotation.plan(presidents.size(), start, count, group.termMonths)) {
            created.add(persist(group, presidents.get(slot.rosterIndex()), slot.startDate(), slot.endDate(),
                    Rotation.label(slot.startDate(), group.termMonths)));
        }
        return created;
    }

    private Term persist(BusinessGroup group, User president, LocalDate start, LocalDate end, String label) {
        List<Term> clash = Term.overlapping(group, start, end);
        if (!clash.isEmpty()) {
            Term other = clash.get(0);
            throw ApiError.conflict(Texts.of(TermMessages.class).term_overlaps(Display.date(start), Display.date(end),
                    other.sequenceNo, other.label, Display.date(other.startDate), Display.date(other.endDate),
                    group.code));
        }
        Term term = new Term();
        term.group = group;
        term.president = president;
        term.startDate = start;
        term.endDate = end;
        term.label = label;
        term.sequenceNo = nextSequence(group, start);
        term.persist();
        audit.record("CREATE", "Term", term.id, null, Map.of("group", group.code, "president", president.username,
                "startDate", start.toString(), "endDate", end.toString(), "label", label));
        return term;
    }

    /** Sequence numbers follow the dates; a term inserted into a gap renumbers the later ones. */
    private int nextSequence(BusinessGroup group, LocalDate start) {
        List<Term> later = Term.list("group = ?1 AND startDate > ?2 ORDER BY startDate DESC", group, start);
        long before = Term.count("group = ?1 AND startDate < ?2", group, start);
        for (Term t : later) {
            t.sequenceNo += 1000; // move out of the way of the unique (group, sequence) constraint first
        }
        Term.flush();
        int seq = (int) before + 1;
        for (int i = later.size() - 1; i >= 0; i--) {
            later.get(i).sequenceNo = seq + (later.size() - i);
        }
        return seq;
    }

    private User president(String username, String field) {
        User user = User.byUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> ApiError.invalid(field, Texts.of(TermMessages.class).no_user(username)));
        if (!user.hasRole(Role.PRESIDENT)) {
            throw ApiError.invalid(field, Texts.of(TermMessages.class).not_a_president(user.username));
        }
        return user;
    }
}
